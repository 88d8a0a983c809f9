/**
 * Errors as the reader gets them: a sentence per error code (`error.*`, what
 * happened and what the user can do), and the parts of those sentences that
 * depend on the call site: what is wrong (`problem.*`, an error's `{problem}`)
 * and which record it is about (`record.*`, an error's `{what}`, a noun inside
 * a sentence, so lower case). Errors carry those parts as keys (`problemKey`,
 * `whatKey`, `labelKey`), not as text, so that a reader in English gets the
 * whole sentence in English (see `localParams`). The big catalogues spread
 * these in.
 */
import type { Translation } from './nl.js';

export const errorsNl = {
  'error.fileNotFound': 'Het bestand {path} bestaat niet. Kies een ander bestand of controleer de naam.',
  'error.notABundel': '{path} is geen Bundel-project. Open een .bundel-bestand, of importeer dit bestand als materiaal.',
  'error.truncated':
    '{path} is onvolledig: het bestand is afgekapt, bijvoorbeeld door een onderbroken kopie. Gebruik een eerdere kopie; dit bestand is niet gewijzigd.',
  'error.corrupt':
    '{path} is beschadigd en kan niet veilig worden geopend. Gebruik een eerdere kopie; dit bestand is niet gewijzigd.',
  'error.newerVersion':
    '{path} is gemaakt met een nieuwere versie van Bundel (bestandsversie {found}, deze versie kent tot {supported}). Werk Bundel bij om het te openen; het bestand is niet gewijzigd.',
  'error.readOnly':
    '{path} is alleen-lezen: wijzigingen kunnen niet worden bewaard. Wat al was opgeslagen blijft bewaard. Sla een kopie op een andere plek op of pas de rechten aan.',
  'error.diskFull':
    'De schijf is vol: de laatste wijziging is niet opgeslagen. Wat eerder was opgeslagen blijft bewaard. Maak ruimte vrij en probeer het opnieuw.',
  'error.locked': '{path} is in gebruik door een ander programma. Sluit het daar en probeer het opnieuw.',
  'error.fileExists': '{path} bestaat al. Kies een andere naam; het bestaande bestand is niet gewijzigd.',
  'error.invalidRecord': 'Ongeldige gegevens voor {what}: {problem}',
  'error.notFound': '{what} {id} bestaat niet (meer) in dit project.',
  'error.cannotOpen': 'Bundel kon {path} niet openen ({detail}). Open het vanuit de map.',
  'error.inUse': '{what} „{title}” wordt nog gebruikt in: {where}. Haal het daar eerst weg; er is niets verwijderd.',
  'error.invalidArguments': '{problem}',
  'error.unknownTemplate':
    'Er is geen sjabloon {id}. Kies uit: {known}.',
  'error.invalidTemplate':
    'Het sjabloon {source} klopt niet: {problem}. Herstel het sjabloonbestand of kies een ander sjabloon.',
  quoted: '„{text}”',
  'error.withoutConsent': {
    one: 'De publicatie bevat {count} materiaalitem zonder gegeven toestemming ({titles}). Laat het weg of exporteer een gemarkeerde conceptversie; er is niets geëxporteerd.',
    other:
      'De publicatie bevat {count} materiaalitems zonder gegeven toestemming ({titles}). Laat ze weg of exporteer een gemarkeerde conceptversie; er is niets geëxporteerd.',
  },
  'error.exportCancelled':
    'De export is afgebroken; er is geen bestand geschreven.',
  'error.importEncrypted':
    '{path} is met een wachtwoord beveiligd en kan daarom niet worden gelezen. Haal in Word of Excel de beveiliging eraf (Bestand > Info), bewaar het en importeer het opnieuw. Er is niets geïmporteerd.',
  'error.importCorrupt':
    '{path} is beschadigd of is geen {format}-bestand. Open het in Word of Excel, bewaar het opnieuw en probeer het nog eens. Er is niets geïmporteerd.',
  'error.importTooLarge':
    '{path} is te groot om te importeren ({size}; de grens is {limit}). Splits het bestand of verklein de afbeeldingen erin. Er is niets geïmporteerd.',
  'error.importEmpty':
    '{path} bevat niets om te importeren: geen tekst, of geen rijen onder de kopregel. Er is niets geïmporteerd.',
  'error.importEncoding':
    '{path} heeft een gemengde tekencodering: een deel is UTF-8, een deel Windows-1252 (regel {line}). Bewaar het in Excel opnieuw als „CSV UTF-8” en importeer het nog eens. Er is niets geïmporteerd.',
  'error.importUnsupported':
    '{path} kan niet als materiaal worden geïmporteerd. Importeer een Word-document (.docx) of een lijst als CSV- of Excel-bestand (.csv, .xlsx). Er is niets geïmporteerd.',
  'error.importImage':
    '{path} is een afbeelding. Afbeeldingen komen binnen als visual (bij Visuals), niet als materiaal. Er is niets geïmporteerd.',
  'error.importLegacyFormat':
    '{path} is in het oude {format}-formaat. Open het in Word of Excel, bewaar het als {modern} en importeer dat bestand. Er is niets geïmporteerd.',
  'error.importMapping': 'De kolomindeling klopt niet: {problem}. Er is niets geïmporteerd.',
  'error.ambiguousContributor':
    'Er zijn {count} bijdragers met de naam „{name}”. Geef het id van de bedoelde: {ids}. Er is niets gewijzigd.',
  'error.nothingToUndo': 'Er is geen pseudonimisering van {name} om ongedaan te maken. Er is niets gewijzigd.',
  'error.reviewerReadOnly':
    'Als meelezer kun je de tekst, het materiaal en de opbouw niet wijzigen; je kunt wel opmerkingen maken, reageren, afhandelen en de reviewstatus zetten. Er is niets gewijzigd.',
  'error.noProfile':
    'Vul eerst je naam en initialen in (je profiel), zodat iedereen ziet van wie een opmerking is. Er is niets gewijzigd.',
  'error.notYourComment':
    'Deze opmerking is van {author}; je kunt alleen je eigen opmerkingen bewerken of verwijderen. Er is niets gewijzigd.',
  'error.emptyPassage':
    'Selecteer eerst een stuk tekst om een opmerking bij te plaatsen. Er is niets gewijzigd.',
  'error.reviewCopyRole':
    'Dit is een meeleeskopie: die opent altijd voor een meelezer. Er is niets gewijzigd.',
  'error.notAReviewCopy':
    '{path} is geen meeleeskopie van Bundel. Maak er een met „Meeleeskopie maken…” onder Review (of „bundel review copy”), of importeer een teruggestuurd Word-bestand (.docx). Er is niets geïmporteerd.',
  'error.otherProject':
    '{path} is een meeleeskopie van een ander project. Importeer haar in het project waarvan ze is gemaakt. Er is niets geïmporteerd.',
  'error.reviewImportUnsupported':
    '{path} kan niet als review worden geïmporteerd. Kies een meeleeskopie (.bundel) of een teruggestuurd Word-bestand (.docx). Er is niets geïmporteerd.',
  'error.docxUnreadable':
    '{path} is geen leesbaar Word-bestand ({problem}). Open het in Word of LibreOffice, sla het opnieuw op als .docx en probeer het nog eens. Er is niets geïmporteerd.',
  'error.internal': 'Er ging iets mis in Bundel: {detail}. Er is niets verloren gegaan van wat al was opgeslagen.',
  'error.unknownChannel': 'Bundel kent de opdracht {channel} niet; er is niets gewijzigd.',
  'error.invalidPayload': '{problem}; er is niets gewijzigd.',
  'error.forbidden': 'Deze opdracht is geweigerd: ze kwam niet van het Bundel-venster zelf.',
  'error.unexpected':
    'Er ging iets onverwachts mis bij {channel}. Wat al was opgeslagen blijft bewaard; probeer het opnieuw.',

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
  'problem.unknownOption': 'onbekende optie {option}',
  'problem.optionNeedsValue': '{option} heeft een waarde nodig',
  'problem.optionTakesNoValue': '{option} neemt geen waarde',
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
  // A field's own rule (a refinement naming its problemKey in the model).
  'problem.isbnCheck': '{label} klopt niet: 13 cijfers, beginnend met 978 of 979 en met het juiste controlecijfer aan het eind (bijvoorbeeld 978-90-12345-67-5)',
  'problem.hyphenationEntry': '{label}: alleen letters, met een streepje waar het woord afgebroken mag worden (man-tel-zorg-on-der-steu-ning)',
  'problem.hyphenationTwice': '{label}: elk woord staat er één keer in',

  // A returned Word file (error.docxUnreadable).
  'problem.docxTooLarge': 'het bestand is te groot',
  'problem.docxNotZip': 'geen zip-bestand: {reason}',
  'problem.docxPartTooLarge': '{part} is te groot',
  'problem.docxPartMissing': '{part} ontbreekt',
} as const;

export const errorsEn: Translation<typeof errorsNl> = {
  'error.fileNotFound': 'The file {path} does not exist. Choose another file or check the name.',
  'error.notABundel': '{path} is not a Bundel project. Open a .bundel file, or import this file as material.',
  'error.truncated':
    '{path} is incomplete: the file was cut short, for example by an interrupted copy. Use an earlier copy; this file was not changed.',
  'error.corrupt': '{path} is damaged and cannot be opened safely. Use an earlier copy; this file was not changed.',
  'error.newerVersion':
    '{path} was made by a newer version of Bundel (file version {found}, this version knows up to {supported}). Update Bundel to open it; the file was not changed.',
  'error.readOnly':
    '{path} is read-only: changes cannot be saved. What was saved before is kept. Save a copy elsewhere or change the permissions.',
  'error.diskFull':
    'The disk is full: the last change was not saved. What was saved before is kept. Free some space and try again.',
  'error.locked': '{path} is in use by another program. Close it there and try again.',
  'error.fileExists': '{path} already exists. Choose another name; the existing file was not changed.',
  'error.invalidRecord': 'Invalid data for {what}: {problem}',
  'error.notFound': '{what} {id} does not exist (any more) in this project.',
  'error.cannotOpen': 'Bundel could not open {path} ({detail}). Open it from its folder.',
  'error.inUse': '{what} "{title}" is still used in: {where}. Remove it there first; nothing was deleted.',
  'error.invalidArguments': '{problem}',
  'error.unknownTemplate':
    'There is no template {id}. Choose from: {known}.',
  'error.invalidTemplate':
    'The template {source} is not valid: {problem}. Fix the template file or choose another template.',
  quoted: '“{text}”',
  'error.withoutConsent': {
    one: 'The publication contains {count} material item without consent given ({titles}). Leave it out or export a marked draft edition; nothing was exported.',
    other:
      'The publication contains {count} material items without consent given ({titles}). Leave them out or export a marked draft edition; nothing was exported.',
  },
  'error.exportCancelled':
    'The export was cancelled; no file was written.',
  'error.importEncrypted':
    '{path} is protected with a password and cannot be read. Remove the protection in Word or Excel (File > Info), save it and import it again. Nothing was imported.',
  'error.importCorrupt':
    '{path} is damaged or is not a {format} file. Open it in Word or Excel, save it again and try once more. Nothing was imported.',
  'error.importTooLarge':
    '{path} is too large to import ({size}; the limit is {limit}). Split the file or make its images smaller. Nothing was imported.',
  'error.importEmpty': '{path} has nothing to import: no text, or no rows below the header row. Nothing was imported.',
  'error.importEncoding':
    '{path} mixes character encodings: part is UTF-8, part Windows-1252 (line {line}). Save it again in Excel as “CSV UTF-8” and import it once more. Nothing was imported.',
  'error.importUnsupported':
    '{path} cannot be imported as material. Import a Word document (.docx) or a list as a CSV or Excel file (.csv, .xlsx). Nothing was imported.',
  'error.importImage':
    '{path} is an image. Images come in as visuals (under Visuals), not as material. Nothing was imported.',
  'error.importLegacyFormat':
    '{path} is in the old {format} format. Open it in Word or Excel, save it as {modern} and import that file. Nothing was imported.',
  'error.importMapping': 'The column mapping is not right: {problem}. Nothing was imported.',
  'error.ambiguousContributor':
    'There are {count} contributors named “{name}”. Give the id of the one you mean: {ids}. Nothing was changed.',
  'error.nothingToUndo': 'There is no pseudonymisation of {name} to undo. Nothing was changed.',
  'error.reviewerReadOnly':
    'As a reviewer you cannot change the text, the material or the structure; you can comment, reply, resolve and set the review status. Nothing was changed.',
  'error.noProfile':
    'First fill in your name and initials (your profile), so that everyone sees whose comment it is. Nothing was changed.',
  'error.notYourComment':
    'This comment is by {author}; you can only edit or delete your own comments. Nothing was changed.',
  'error.emptyPassage':
    'First select a piece of text to comment on. Nothing was changed.',
  'error.reviewCopyRole':
    'This is a reviewer copy: it always opens for a reviewer. Nothing was changed.',
  'error.notAReviewCopy':
    '{path} is not a Bundel reviewer copy. Make one with “Make reviewer copy…” under Review (or “bundel review copy”), or import a returned Word file (.docx). Nothing was imported.',
  'error.otherProject':
    '{path} is a reviewer copy of another project. Import it into the project it was made from. Nothing was imported.',
  'error.reviewImportUnsupported':
    '{path} cannot be imported as a review. Choose a reviewer copy (.bundel) or a returned Word file (.docx). Nothing was imported.',
  'error.docxUnreadable':
    '{path} is not a readable Word file ({problem}). Open it in Word or LibreOffice, save it again as .docx and try once more. Nothing was imported.',
  'error.internal': 'Something went wrong in Bundel: {detail}. Nothing that was already saved has been lost.',
  'error.unknownChannel': 'Bundel does not know the command {channel}; nothing was changed.',
  'error.invalidPayload': '{problem}; nothing was changed.',
  'error.forbidden': 'This command was refused: it did not come from the Bundel window itself.',
  'error.unexpected': 'Something unexpected went wrong with {channel}. What was saved before is kept; please try again.',

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
  'problem.unknownOption': 'unknown option {option}',
  'problem.optionNeedsValue': '{option} needs a value',
  'problem.optionTakesNoValue': '{option} takes no value',
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
  'problem.isbnCheck': '{label} is not right: 13 digits, starting with 978 or 979 and ending in the right check digit (for example 978-90-12345-67-5)',
  'problem.hyphenationEntry': '{label}: letters only, with a hyphen where the word may be divided (man-tel-zorg-on-der-steu-ning)',
  'problem.hyphenationTwice': '{label}: each word is in it once',

  'problem.docxTooLarge': 'the file is too large',
  'problem.docxNotZip': 'not a zip file: {reason}',
  'problem.docxPartTooLarge': '{part} is too large',
  'problem.docxPartMissing': '{part} is missing',
};
