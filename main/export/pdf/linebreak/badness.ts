// How bad a line looks for a given adjustment ratio, as in TeX.

/** TeX's "infinitely bad": a line without stretch that is still too short. */
export const INFINITE_BADNESS = 10_000;

export function badness(ratio: number): number {
  const magnitude = Math.abs(ratio);
  if (magnitude === Infinity) return INFINITE_BADNESS;
  return Math.min(INFINITE_BADNESS, 100 * magnitude ** 3);
}

/** 0 tight, 1 decent, 2 loose, 3 very loose: neighbours more than one class apart cost extra. */
export function fitnessClass(ratio: number): number {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}
