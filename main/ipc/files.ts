/**
 * A file the user chose in the renderer, as it crosses the contract: a plain
 * name (its extension tells the importers what it is; messages show it) and
 * its bytes. The renderer never names a path in main.
 */
import { z } from 'zod';

/** Largest file accepted over the contract, in bytes before base64 encoding (the test bridge takes 64 MB bodies). */
export const maxImportBytes = 40 * 1024 * 1024;

export const ImportFile = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((n) => n !== '.' && n !== '..' && !/[/\\]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 0x20), 'a plain file name'),
  bytes: z.base64().max(Math.ceil(maxImportBytes / 3) * 4),
});
export type ImportFile = z.infer<typeof ImportFile>;
