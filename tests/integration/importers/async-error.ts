import { isUserError, type UserError } from '../../../main/model/index.js';

/** The UserError that `fn` rejects with; fails the test when it resolves or fails otherwise. */
export async function userErrorOfAsync(fn: () => Promise<unknown>): Promise<UserError> {
  try {
    await fn();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}
