/**
 * The closed lists and shapes an import speaks in, shared by main/importers,
 * the IPC contract and the renderer's import dialog.
 */
import { z } from 'zod';
import type { MessageKey } from './i18n/nl.js';

/** The fields a list's column can hold. */
export const importFields = [
  'title',
  'kind',
  'text',
  'workgroup',
  'session',
  'date',
  'place',
  'contributors',
  'role',
  'position',
  'consent',
  'themes',
] as const;
export type ImportField = (typeof importFields)[number];

/** What an import preview can warn about, as `import.warning.<code>` message keys. */
export const importWarningCodes = [
  'imageUnsupported',
  'imageDamaged',
  'tableFlattened',
  'unknownValue',
  'badDate',
  'sessionWithoutDate',
  'unmappedColumn',
  'titleShortened',
  'rowWithoutText',
] as const;

const ordinal = z.number().int().positive();

/**
 * Where in the file an item came from, as a catalogue key with its values
 * rather than as a sentence: the preview, the command and the warnings that
 * name it each say it in their reader's language (`localParams` gives
 * `sourceKey` as `source`).
 */
export const ItemSource = z.discriminatedUnion('sourceKey', [
  z.strictObject({ sourceKey: z.literal('import.source.row' satisfies MessageKey), row: ordinal }),
  z.strictObject({ sourceKey: z.literal('import.source.file' satisfies MessageKey), file: z.string() }),
  z.strictObject({ sourceKey: z.literal('import.source.filePart' satisfies MessageKey), file: z.string(), part: ordinal }),
  z.strictObject({ sourceKey: z.literal('import.source.heading' satisfies MessageKey), heading: z.string() }),
  z.strictObject({ sourceKey: z.literal('import.source.headingPart' satisfies MessageKey), heading: z.string(), part: ordinal }),
]);
export type ItemSource = z.infer<typeof ItemSource>;
