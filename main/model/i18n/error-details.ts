/**
 * The parts of error sentences that depend on the call site: what is wrong
 * (`problem.*`, an error's `{problem}`) and which record it is about
 * (`record.*`, an error's `{what}`, a noun inside a sentence, so lower case).
 * Errors carry these as keys (`problemKey`, `whatKey`), not as text, so that a
 * reader in English gets the whole sentence in English (see `localParams`).
 * Kept apart from the big catalogues, which spread them in.
 */
export const errorDetailsNl = {
  'record.project': 'project',
  'record.publication': 'publicatie',
  'record.chapter': 'hoofdstuk',
  'record.chapterWithId': 'hoofdstuk {id}',
  'record.material': 'materiaal',
  'record.materialWithId': 'materiaal {id}',
  'record.workgroup': 'werkgroep',
  'record.workgroupWithId': 'werkgroep {id}',
  'record.session': 'bijeenkomst',
  'record.sessionWithId': 'bijeenkomst {id}',
  'record.contributor': 'bijdrager',
  'record.contributorWithId': 'bijdrager {id}',
  'record.comment': 'opmerking',
  'record.commentWithId': 'opmerking {id}',
  'record.statusChange': 'statuswijziging',
  'record.statusChangeWithId': 'statuswijziging {id}',
  'record.visual': 'visual',
  'record.visualWithId': 'visual {id}',
  'record.snapshot': 'versie',
  'record.snapshotWithId': 'versie {id}',
  'record.image': 'afbeelding',
  'record.imageWithId': 'afbeelding {id}',
  'record.setting': 'instelling',
  'record.settingWithId': 'instelling {id}',
  'record.searchIndex': 'zoekindex',

  // The command line's arguments (error.invalidArguments is only `{problem}`).
  'problem.expectedArguments': 'verwacht: {arguments}',
  'problem.oneOf': '{flag} moet een van deze zijn: {allowed}',
  'problem.titleMissing': 'geef een titel mee: --title "Titel"',
  'problem.queryMissing': 'geef een zoekterm',
  'problem.outMissing': 'geef met --out aan waar het bestand moet komen',
  'problem.consentBoth': 'kies --omit-without-consent of --allow-without-consent, niet allebei',
  'problem.reviewSubcommand': 'kies: bundel review status | copy | import',
  'problem.reviewerMissing': 'geef de meelezer: --reviewer "Naam"',
  'problem.copyOutMissing': 'geef het kopiebestand: --out kopie.bundel',
  'problem.titleOnlyForImage': '--title hoort bij een afbeelding (.png, .jpg, .jpeg, .svg)',
  'problem.titleEmpty': '--title mag niet leeg zijn',
  'problem.kindChoice': '--kind moet een van deze zijn: verhaal, dilemma, praktijkvoorbeeld, oplossingsrichting, citaat, aanbeveling',
  'problem.pseudonymLine': 'geef een pseudoniem van één regel (hooguit 120 tekens)',

  // A spreadsheet's column mapping (error.importMapping).
  'problem.mappingFileNotJson': '{file} is geen geldige JSON',
  'problem.mappingNotObject': 'verwacht een JSON-object van kolomkop naar veld',
  'problem.columnMissing': 'kolom „{header}” staat niet in het bestand (wel: {headers})',
  'problem.unknownField': 'onbekend veld „{field}” bij kolom „{header}” (kies uit: {fields})',
  'problem.fieldTwice': 'veld {field} is aan twee kolommen gekoppeld: „{first}” en „{second}”',
  'problem.noTitleOrText': 'geen kolom voor titel of tekst (kolommen: {headers})',

  // A house-style template (error.invalidTemplate); `reason` is the parser's or zod's English.
  'problem.templateNotJson': 'geen geldige JSON ({reason})',
  'problem.templateWhole': '(het geheel): {reason}',

  // What the main process refused (error.invalidPayload): a field of a form by its label, else where in the data.
  'problem.payloadAt': 'Bundel kreeg ongeldige gegevens voor {channel} (bij {field})',
  'problem.fieldEmpty': '{label} mag niet leeg zijn',
  'problem.fieldTooLong': '{label} is te lang (hooguit {maximum})',
  'problem.fieldTooSmall': '{label} is te klein (minstens {minimum})',
  'problem.fieldInvalid': '{label} heeft geen geldige waarde',

  // A returned Word file (error.docxUnreadable).
  'problem.docxTooLarge': 'het bestand is te groot',
  'problem.docxNotZip': 'geen zip-bestand: {reason}',
  'problem.docxPartTooLarge': '{part} is te groot',
  'problem.docxPartMissing': '{part} ontbreekt',
} as const;

export const errorDetailsEn: Record<keyof typeof errorDetailsNl, string> = {
  'record.project': 'project',
  'record.publication': 'publication',
  'record.chapter': 'chapter',
  'record.chapterWithId': 'chapter {id}',
  'record.material': 'material',
  'record.materialWithId': 'material {id}',
  'record.workgroup': 'workgroup',
  'record.workgroupWithId': 'workgroup {id}',
  'record.session': 'session',
  'record.sessionWithId': 'session {id}',
  'record.contributor': 'contributor',
  'record.contributorWithId': 'contributor {id}',
  'record.comment': 'comment',
  'record.commentWithId': 'comment {id}',
  'record.statusChange': 'status change',
  'record.statusChangeWithId': 'status change {id}',
  'record.visual': 'visual',
  'record.visualWithId': 'visual {id}',
  'record.snapshot': 'version',
  'record.snapshotWithId': 'version {id}',
  'record.image': 'image',
  'record.imageWithId': 'image {id}',
  'record.setting': 'setting',
  'record.settingWithId': 'setting {id}',
  'record.searchIndex': 'search index',

  'problem.expectedArguments': 'expected: {arguments}',
  'problem.oneOf': '{flag} must be one of: {allowed}',
  'problem.titleMissing': 'give a title: --title "Title"',
  'problem.queryMissing': 'give a search term',
  'problem.outMissing': 'say with --out where the file should go',
  'problem.consentBoth': 'choose --omit-without-consent or --allow-without-consent, not both',
  'problem.reviewSubcommand': 'choose: bundel review status | copy | import',
  'problem.reviewerMissing': 'give the reviewer: --reviewer "Name"',
  'problem.copyOutMissing': 'give the copy file: --out copy.bundel',
  'problem.titleOnlyForImage': '--title goes with an image (.png, .jpg, .jpeg, .svg)',
  'problem.titleEmpty': '--title must not be empty',
  'problem.kindChoice': '--kind must be one of: story, dilemma, "practice example", "solution direction", quote, recommendation',
  'problem.pseudonymLine': 'give a pseudonym of one line (at most 120 characters)',

  'problem.mappingFileNotJson': '{file} is not valid JSON',
  'problem.mappingNotObject': 'expected a JSON object from column header to field',
  'problem.columnMissing': 'column “{header}” is not in the file (it has: {headers})',
  'problem.unknownField': 'unknown field “{field}” for column “{header}” (choose from: {fields})',
  'problem.fieldTwice': 'field {field} is mapped to two columns: “{first}” and “{second}”',
  'problem.noTitleOrText': 'no column for title or text (columns: {headers})',

  'problem.templateNotJson': 'not valid JSON ({reason})',
  'problem.templateWhole': '(as a whole): {reason}',

  'problem.payloadAt': 'Bundel received invalid data for {channel} (at {field})',
  'problem.fieldEmpty': '{label} must not be empty',
  'problem.fieldTooLong': '{label} is too long (at most {maximum})',
  'problem.fieldTooSmall': '{label} is too small (at least {minimum})',
  'problem.fieldInvalid': '{label} has no valid value',

  'problem.docxTooLarge': 'the file is too large',
  'problem.docxNotZip': 'not a zip file: {reason}',
  'problem.docxPartTooLarge': '{part} is too large',
  'problem.docxPartMissing': '{part} is missing',
};
