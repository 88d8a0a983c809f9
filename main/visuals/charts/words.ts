/** Small text helpers the chart data shares. */

/** "beleidsmaker" → "Beleidsmaker": vocabulary labels are lower case, chart row labels start a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}
