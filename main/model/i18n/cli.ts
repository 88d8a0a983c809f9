/**
 * What the `bundel` command prints besides errors and the importers' reports:
 * its usage, the argument placeholders, the lines of info, check, search and
 * review, and the progress line of an export. Kept apart from the big
 * catalogues, which spread them in. The --json output is for machines and
 * never goes through here.
 *
 * A command's usage is one message per command, laid out as it is printed,
 * columns included: each language aligns its own descriptions, and the Dutch
 * help stays exactly as it was when it was written in the commands.
 */
import type { Translation } from './nl.js';

export const cliNl = {
  'cli.usage.heading': 'Gebruik: bundel <opdracht> …',
  'cli.usage.demo': 'demo <uit.bundel>              schrijf het demoproject "Op weg naar samenspel"',
  'cli.usage.new': 'new <uit.bundel> --title T     begin een nieuw, leeg project',
  'cli.usage.info': 'info <bestand> [--json]        titel, aantallen, hoofdstukken, materiaal zonder toestemming of ongebruikt',
  'cli.usage.search': 'search <bestand> <zoekterm> [--json]  zoek in materiaal en hoofdstukken',
  'cli.usage.check': 'check <bestand> [--json]       controleer het bestand en elk record',
  'cli.usage.export': [
    'export <bestand> --format pdf|docx --out <uitvoer>',
    '       [--edition print|screen] [--template <id|sjabloon.json>] [--comments|--no-comments]',
    '       [--omit-without-consent | --allow-without-consent] [--json]',
    '                                exporteer de publicatie als drukklare PDF of als Word-document',
    '  bundel export <bestand> --format visuals --out <map> [--size a3|a4] [--edition print|screen] [--template <id>] [--json]',
    '                                elke visual als poster-PDF en als afbeelding van 300 dpi, plus alle-visuals.pdf',
  ].join('\n'),
  'cli.usage.review': [
    'review status <bestand> [--json]                    reviewstatus per hoofdstuk, open opmerkingen, wat meelezers nog moeten doen',
    '  bundel review copy <bestand> --reviewer "Naam" --out <kopie.bundel>   meeleeskopie voor één meelezer',
    '  bundel review import <bestand> <kopie.bundel|terug.docx> [--json]   opmerkingen van een meelezer terughalen',
  ].join('\n'),
  'cli.usage.import': [
    'import <bestand> <document.docx|lijst.csv|lijst.xlsx> [--kind <soort>] [--split-headings]',
    '       [--workgroup W] [--session S] [--contributor "naam; naam"] [--mapping m.json] [--keep-duplicates] [--json]',
    '                                importeer materiaal uit Word of uit een lijst; mogelijke dubbelen worden overgeslagen',
    '  bundel import <bestand> <afbeelding.png|.jpg|.jpeg|.svg> [--title T] [--json]',
    '                                voeg een afbeelding toe als visual; een SVG wordt eerst ontdaan van scripts en',
    '                                koppelingen naar buiten; toont de maat bij 300 dpi',
  ].join('\n'),
  'cli.usage.pseudonymise': [
    'pseudonymise <bestand> <bijdrager (naam of id)> <pseudoniem> [--json]',
    '  bundel pseudonymise <bestand> <bijdrager> --undo [--json]',
    '                                vervang een naam overal in materiaal en hoofdstukken door een pseudoniem, of draai dat terug',
  ].join('\n'),
  'cli.unknownCommand': 'onbekende opdracht „{name}”. Kies uit: {commands}.',

  // The placeholders of the positional arguments, in "verwacht: <bestand> <zoekterm>".
  'cli.argument.file': 'bestand',
  'cli.argument.outFile': 'uit.bundel',
  'cli.argument.query': 'zoekterm',
  'cli.argument.source': 'bron',
  'cli.argument.contributor': 'bijdrager',
  'cli.argument.pseudonym': 'pseudoniem',
  'cli.argument.returned': 'kopie.bundel|terug.docx',

  // An export's line on a terminal; {done} and {total} are filled by the progress line.
  'cli.progress.chapters': '{format}: {done} van {total} hoofdstukken…',
  'cli.progress.visuals': 'Visuals: {done} van {total} visuals…',

  'cli.info.counts': '{chapters} hoofdstukken · {material} materiaalitems · {visuals} visuals · {threads} commentaardraden',
  'cli.info.people': '{workgroups} werkgroepen · {sessions} bijeenkomsten · {contributors} bijdragers',
  'cli.info.attention': 'Zonder toestemming: {withoutConsent} · Nog niet gebruikt: {unused}',

  'cli.check.ok': 'In orde: het bestand is heel en elk record is geldig.',
  'cli.check.damaged': 'Bestand beschadigd:',
  'cli.check.invalid': 'Ongeldig: {type} {id}: {problem}',
  'cli.check.brokenReference': 'Verwijzing naar ontbrekend {toType} {toId} in {fromType} {fromId}',

  'cli.search.nothing': 'Niets gevonden.',

  'cli.review.open': { one: '{count} open opmerking', other: '{count} open opmerkingen' },
  'cli.review.moved': '{count} verplaatst',
  'cli.review.last': 'laatst {date}',
  'cli.review.reviewers': 'Meelezers:',
  'cli.review.noReviewers': 'Nog geen meelezers.',
  'cli.review.nothingOwed': '{name}: niets openstaand',
  'cli.review.owes': '{name}: nog te lezen: {chapters}',
  'cli.review.unplacedHeading': 'Niet teruggevonden — bewaard bij de dichtstbijzijnde tekst, of (zonder hoofdstuk) niet geplaatst:',
  'cli.review.unplaced': '„{quote}” — {author}: {text} ({where})',
  'cli.review.keptAt': 'bij „{chapter}”',
  'cli.review.notPlaced': 'niet geplaatst',
} as const;

export const cliEn: Translation<typeof cliNl> = {
  'cli.usage.heading': 'Usage: bundel <command> …',
  'cli.usage.demo': 'demo <out.bundel>              write the demo project "Op weg naar samenspel"',
  'cli.usage.new': 'new <out.bundel> --title T     start a new, empty project',
  'cli.usage.info': 'info <file> [--json]           title, counts, chapters, material without consent or unused',
  'cli.usage.search': 'search <file> <query> [--json]  search material and chapters',
  'cli.usage.check': 'check <file> [--json]          check the file and every record',
  'cli.usage.export': [
    'export <file> --format pdf|docx --out <output>',
    '       [--edition print|screen] [--template <id|template.json>] [--comments|--no-comments]',
    '       [--omit-without-consent | --allow-without-consent] [--json]',
    '                                export the publication as a print-ready PDF or as a Word document',
    '  bundel export <file> --format visuals --out <folder> [--size a3|a4] [--edition print|screen] [--template <id>] [--json]',
    '                                every visual as a poster PDF and as a 300 dpi image, plus alle-visuals.pdf',
  ].join('\n'),
  'cli.usage.review': [
    'review status <file> [--json]                       review status per chapter, open comments, what reviewers still have to do',
    '  bundel review copy <file> --reviewer "Name" --out <copy.bundel>   reviewer copy for one reviewer',
    '  bundel review import <file> <copy.bundel|returned.docx> [--json]   bring back the comments of a reviewer',
  ].join('\n'),
  'cli.usage.import': [
    'import <file> <document.docx|list.csv|list.xlsx> [--kind <kind>] [--split-headings]',
    '       [--workgroup W] [--session S] [--contributor "name; name"] [--mapping m.json] [--keep-duplicates] [--json]',
    '                                import material from Word or from a list; possible duplicates are skipped',
    '  bundel import <file> <image.png|.jpg|.jpeg|.svg> [--title T] [--json]',
    '                                add an image as a visual; an SVG is first stripped of scripts and',
    '                                links to outside; shows the size at 300 dpi',
  ].join('\n'),
  'cli.usage.pseudonymise': [
    'pseudonymise <file> <contributor (name or id)> <pseudonym> [--json]',
    '  bundel pseudonymise <file> <contributor> --undo [--json]',
    '                                replace a name everywhere in material and chapters with a pseudonym, or undo that',
  ].join('\n'),
  'cli.unknownCommand': 'unknown command "{name}". Choose from: {commands}.',

  'cli.argument.file': 'file',
  'cli.argument.outFile': 'out.bundel',
  'cli.argument.query': 'query',
  'cli.argument.source': 'source',
  'cli.argument.contributor': 'contributor',
  'cli.argument.pseudonym': 'pseudonym',
  'cli.argument.returned': 'copy.bundel|returned.docx',

  'cli.progress.chapters': '{format}: {done} of {total} chapters…',
  'cli.progress.visuals': 'Visuals: {done} of {total} visuals…',

  // "Chapters: 1" rather than "1 chapters": English needs a plural the Dutch line gets away without.
  'cli.info.counts': 'Chapters: {chapters} · material items: {material} · visuals: {visuals} · comment threads: {threads}',
  'cli.info.people': 'Workgroups: {workgroups} · sessions: {sessions} · contributors: {contributors}',
  'cli.info.attention': 'Without consent: {withoutConsent} · Not used yet: {unused}',

  'cli.check.ok': 'All right: the file is intact and every record is valid.',
  'cli.check.damaged': 'File damaged:',
  'cli.check.invalid': 'Invalid: {type} {id}: {problem}',
  'cli.check.brokenReference': 'Reference to missing {toType} {toId} in {fromType} {fromId}',

  'cli.search.nothing': 'Nothing found.',

  'cli.review.open': { one: '{count} open comment', other: '{count} open comments' },
  'cli.review.moved': '{count} moved',
  'cli.review.last': 'last {date}',
  'cli.review.reviewers': 'Reviewers:',
  'cli.review.noReviewers': 'No reviewers yet.',
  'cli.review.nothingOwed': '{name}: nothing outstanding',
  'cli.review.owes': '{name}: still to read: {chapters}',
  'cli.review.unplacedHeading': 'Not found — kept on the nearest text, or (without a chapter) not placed:',
  'cli.review.unplaced': '“{quote}” — {author}: {text} ({where})',
  'cli.review.keptAt': 'at “{chapter}”',
  'cli.review.notPlaced': 'not placed',
};
