// Reading flowed pages back in tests: lines by role, text, and where things are.
import type { FlowPage, LinesRole, PlacedLines } from '../../../../../main/export/pdf/flow/index.js';

export function linesOf(page: FlowPage, ...roles: LinesRole[]): PlacedLines[] {
  return page.items.filter((i): i is PlacedLines => i.kind === 'lines' && (roles.length === 0 || roles.includes(i.role ?? 'body')));
}

export function textOf(page: FlowPage, ...roles: LinesRole[]): string {
  return linesOf(page, ...roles)
    .flatMap((p) => p.lines.map((line) => line.reading))
    .join('\n');
}

export function bottomOf(lines: PlacedLines): number {
  return lines.y + lines.lines.reduce((sum, l) => sum + l.height, 0);
}

/** The lowest bottom of anything but the footnotes. */
export function contentBottom(page: FlowPage): number {
  let bottom = 0;
  for (const item of page.items) {
    if (item.kind === 'lines' && (item.role === 'note' || item.role === 'noteNumber')) continue;
    if (item.kind === 'rule') continue;
    const b = item.kind === 'lines' ? bottomOf(item) : item.y + item.height;
    bottom = Math.max(bottom, b);
  }
  return bottom;
}
