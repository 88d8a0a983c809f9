/**
 * Where a place in one version of a text is in another: the two versions'
 * lines (paragraphs) are matched by their longest common subsequence; a place
 * in a line that survived keeps its offset in that line, a place in a changed
 * line keeps its offset in the line that replaced it, and a place in a deleted
 * line goes to where the text after it starts.
 */

/** A function from offsets in `from` to offsets in `to`. */
export function offsetMap(from: string, to: string): (offset: number) => number {
  const a = from.split('\n');
  const b = to.split('\n');
  const match = matchLines(a, b);
  const startsA = lineStarts(a);
  const startsB = lineStarts(b);
  return (offset) => {
    const line = lineAt(startsA, offset);
    const within = offset - startsA[line]!;
    const same = match[line]!;
    if (same >= 0) return startsB[same]! + Math.min(within, b[same]!.length);
    // The surviving lines around this one, and what stands between them now.
    let before = line - 1;
    while (before >= 0 && match[before]! < 0) before--;
    let next = line + 1;
    while (next < a.length && match[next]! < 0) next++;
    const first = before < 0 ? 0 : match[before]! + 1;
    const end = next < a.length ? match[next]! : b.length;
    if (end > first) {
      // Lines were changed: the same place in the corresponding changed line.
      const target = Math.min(first + (line - before - 1), end - 1);
      return startsB[target]! + Math.min(within, b[target]!.length);
    }
    // Lines were deleted: where the text after them starts.
    return end < b.length ? startsB[end]! : to.length;
  };
}

/** For each line of `a`, the index of the line of `b` it was matched with, or -1. */
function matchLines(a: string[], b: string[]): number[] {
  const match = new Array<number>(a.length).fill(-1);
  // Lines equal at both ends match as they are; only the middle needs the table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) match[head] = head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    match[a.length - 1 - tail] = b.length - 1 - tail;
    tail++;
  }
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  // lengths[i][j]: the longest common subsequence of the middles from line i and line j on.
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i]![j] = a[head + i] === b[head + j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[head + i] === b[head + j]) match[head + i++] = head + j++;
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return match;
}

function lineStarts(lines: string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return line;
}
