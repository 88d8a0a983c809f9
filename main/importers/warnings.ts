/**
 * What a preview tells about things it changed or left out, as message keys
 * with their values: the app and the CLI say them in the user's language.
 */
import { z } from 'zod';
import { importWarningCodes } from '../model/index.js';

export const ImportWarning = z.strictObject({
  code: z.enum(importWarningCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportWarning = z.infer<typeof ImportWarning>;

export function warning(code: ImportWarning['code'], params: ImportWarning['params'] = {}): ImportWarning {
  return { code, params };
}
