/**
 * Records are values: shared between the parts of a process that hold them,
 * never changed in place. The caches that rely on this (checked rich text
 * blocks, the store's parsed chapters) freeze what they keep when the code
 * runs under test, so that an edit in place there is an error instead of a
 * cache that lies. Outside tests they do not: freezing a new chapter's ten
 * thousand nodes cost a millisecond of every whole save.
 */
const underTest = typeof process !== 'undefined' && process.env.NODE_ENV === 'test';

export function freezeShared<T>(value: T): T {
  return underTest ? deepFreeze(value) : value;
}

function deepFreeze<T>(value: T): T {
  // What is frozen already was frozen whole, by this function.
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key in value) deepFreeze(value[key]);
  return Object.freeze(value);
}
