import { isUserError, type UserError } from '../../main/model/index.js';

/** The UserError that `fn` throws; fails the test when it throws nothing or something else. */
export function userErrorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}
