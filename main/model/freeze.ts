/**
 * Records are values: shared between the parts of a process that hold them,
 * never changed in place. Freezing the ones that are shared (checked rich text
 * blocks, cached records) turns an edit in place into an error, where it would
 * otherwise make a cache lie.
 */
export function deepFreeze<T>(value: T): T {
  // What is frozen already was frozen whole, by this function.
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key in value) deepFreeze(value[key]);
  return Object.freeze(value);
}
