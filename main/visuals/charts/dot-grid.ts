/**
 * The size of a unit chart's dots: as large as reads well (7 pt), smaller
 * while the fullest cell would make the rows together taller than allowed.
 */
export interface Grid {
  readonly diameter: number;
  /** Centre to centre. */
  readonly step: number;
  readonly columns: number;
  /** Space above and below the dots in a row. */
  readonly pad: number;
}

export function gridOf(fullest: number, width: number, rows: number, maxHeight: number): Grid {
  let grid = at(7, width);
  for (let d = 7; d >= 2.5; d -= 0.25) {
    grid = at(d, width);
    const height = rows * (Math.ceil(fullest / grid.columns) * grid.step + 2 * grid.pad);
    if (height <= maxHeight) break;
  }
  return grid;
}

function at(diameter: number, width: number): Grid {
  const step = diameter * 1.35;
  const fits = Math.max(1, Math.floor((width - diameter) / step) + 1);
  // Rows of five or ten dots can be counted at a glance.
  const columns = fits >= 10 ? fits - (fits % 10) : fits >= 5 ? fits - (fits % 5) : fits;
  return { diameter, step, columns, pad: Math.max(3, diameter * 0.6) };
}
