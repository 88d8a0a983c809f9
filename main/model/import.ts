/**
 * The closed lists an import speaks in, shared by main/importers, the IPC
 * contract and the renderer's import dialog.
 */

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
