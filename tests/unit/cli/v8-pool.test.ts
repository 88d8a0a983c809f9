// V8's thread pool for an export: one core left to the export's own thread,
// Node's default where the machine has room for it, the user's choice kept.
import { expect, test } from 'vitest';
import { v8PoolOptions } from '../../../main/cli/v8-pool.js';

test('two cores get one V8 thread, three get two, four or more keep Node’s four', () => {
  expect(v8PoolOptions([], '', 1)).toEqual(['--v8-pool-size=1']);
  expect(v8PoolOptions([], '', 2)).toEqual(['--v8-pool-size=1']);
  expect(v8PoolOptions([], '', 3)).toEqual(['--v8-pool-size=2']);
  expect(v8PoolOptions([], '', 4)).toEqual(['--v8-pool-size=3']);
  expect(v8PoolOptions([], '', 5)).toEqual([]);
  expect(v8PoolOptions([], '', 16)).toEqual([]);
});

test('a pool size the user gave, on the command line or in NODE_OPTIONS, is left alone', () => {
  expect(v8PoolOptions(['--v8-pool-size=8'], '', 2)).toEqual([]);
  expect(v8PoolOptions([], '--max-old-space-size=4096 --v8-pool-size=2', 2)).toEqual([]);
  expect(v8PoolOptions(['--expose-gc'], '--max-old-space-size=4096', 2)).toEqual(['--v8-pool-size=1']);
});
