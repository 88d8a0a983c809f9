// The PDF report said to the editor: the report carries data, the notes say
// it in the UI's language, with no English left in a Dutch note (and no
// Dutch in an English one).
import { describe, expect, test } from 'vitest';
import { pdfNotes } from '../../../main/export/notes.js';
import type { PdfReport } from '../../../main/export/pdf/index.js';
import { buildDocument } from '../../../main/export/tree/index.js';
import { demoProject } from '../../../main/demo/index.js';

const tree = buildDocument(demoProject());
const chapter = tree.chapters[0]!;
const FIRST_PAGE = 5;

function report(part: Partial<PdfReport>): PdfReport {
  return {
    edition: 'print',
    pageCount: 40,
    chapters: [{ chapterId: chapter.id, title: chapter.title, firstPage: FIRST_PAGE, pageCount: 6 }],
    tocPages: [3],
    colophonPage: 2,
    fonts: [],
    lowResolutionImages: [],
    missingGlyphs: [],
    audit: [],
    unresolvedLinks: [],
    colophonOverflows: false,
    pdfx: 'PDF/X-4',
    notPdfX: [],
    problems: [],
    ...part,
  };
}

const at = { chapterId: chapter.id, page: 2 };
const everything = report({
  notPdfX: ['rgb', 'transparency', 'richBlack'],
  audit: [
    { ...at, rule: 'overfull', amount: 2.3, text: 'een heel lange regel' },
    { ...at, rule: 'overfull', amount: 12, text: null },
    { ...at, rule: 'widow', text: 'het einde van de alinea.' },
    { ...at, rule: 'orphan', text: 'Het begin van een alinea' },
    { ...at, rule: 'headingLast', text: 'Wat we leerden' },
    { ...at, rule: 'splitFigure', figure: 3, pages: [2, 3] },
  ],
  missingGlyphs: [
    { chapterId: null, where: { kind: 'part', part: 'cover' }, characters: '🎉', context: 'Samen 🎉' },
    { chapterId: null, where: { kind: 'part', part: 'colophon' }, characters: '🎉', context: 'Gedrukt 🎉' },
    { chapterId: null, where: { kind: 'part', part: 'contents' }, characters: '🎉', context: 'Inhoud 🎉' },
    { chapterId: null, where: { kind: 'part', part: 'labels' }, characters: '🎉', context: 'Figuur 🎉' },
    { chapterId: chapter.id, where: { kind: 'chapter', title: chapter.title }, characters: 'سلام', context: 'Salaam سلام' },
  ],
});

/** What the report said in English before it carried data, and the Dutch part names. */
const OLD_ENGLISH = [
  'Colours are RGB',
  'No output intent',
  'does not declare a PDF/X version',
  'use soft masks (transparency), which',
  'No total ink limit',
  'pt past the text area',
  'one line at the top of the page',
  'one line at the foot of the page',
  'ends the page',
  'is on pages',
];
const DUTCH_PARTS = /\b(omslag|colofon|inhoud|labels)\b/iu;

describe('the PDF notes', () => {
  test('say what the print edition leaves to the printer in the language of the UI', () => {
    const only = report({ notPdfX: ['transparency'] });
    expect(pdfNotes(only, tree, 'nl')).toEqual([
      'Drukversie (PDF/X-4): de PDF gebruikt transparantie (afbeeldingen met een alfakanaal of doorschijnende vlakken in grafieken): PDF/X-4 staat dat toe, PDF/X-1a niet.',
    ]);
    expect(pdfNotes(only, tree, 'en')).toEqual([
      'Print edition (PDF/X-4): the PDF uses transparency (images with an alpha channel, or translucent areas in charts): PDF/X-4 allows it, PDF/X-1a does not.',
    ]);
    expect(pdfNotes(report({ notPdfX: ['richBlack'] }), tree, 'nl')[0]).toMatch(/^Drukversie \(PDF\/X-4\): het sjabloon geeft de kleur van de lopende tekst geen inkt/u);
  });

  test('say each rule of the layout audit, on the page the reader sees', () => {
    const nl = (finding: PdfReport['audit'][number]) => pdfNotes(report({ audit: [finding] }), tree, 'nl')[0];
    const en = (finding: PdfReport['audit'][number]) => pdfNotes(report({ audit: [finding] }), tree, 'en')[0];
    const [overfull, past, widow, orphan, heading, figure] = everything.audit;
    const page = FIRST_PAGE + at.page - 1;
    expect(nl(overfull!)).toBe(
      `Opmaakcontrole, ${chapter.title}, pagina ${page}: de regel „een heel lange regel” is 2,3 pt te breed; herschrijf de zin of breek een lang woord (zoals een webadres) af.`,
    );
    expect(en(overfull!)).toBe(
      `Layout check, ${chapter.title}, page ${page}: the line “een heel lange regel” is 2.3 pt too wide; rephrase the sentence or break a long word (such as a web address).`,
    );
    expect(nl(past!)).toBe(
      `Opmaakcontrole, ${chapter.title}, pagina ${page}: de inhoud loopt 12 pt door onder het tekstvlak; maak wat onderaan de pagina staat (een tabel, kader of afbeelding) kleiner.`,
    );
    expect(en(past!)).toBe(
      `Layout check, ${chapter.title}, page ${page}: the content runs 12 pt past the foot of the text area; make what stands at the foot of the page (a table, box or image) smaller.`,
    );
    expect(nl(widow!)).toBe(
      `Opmaakcontrole, ${chapter.title}, pagina ${page}: één regel van een alinea staat alleen bovenaan de pagina („het einde van de alinea.”); maak de alinea iets korter of langer.`,
    );
    expect(en(widow!)).toBe(
      `Layout check, ${chapter.title}, page ${page}: one line of a paragraph stands alone at the top of the page (“het einde van de alinea.”); make the paragraph a little shorter or longer.`,
    );
    expect(nl(orphan!)).toBe(
      `Opmaakcontrole, ${chapter.title}, pagina ${page}: de eerste regel van een alinea staat alleen onderaan de pagina („Het begin van een alinea”); maak de tekst ervoor iets korter of langer.`,
    );
    expect(en(orphan!)).toBe(
      `Layout check, ${chapter.title}, page ${page}: the first line of a paragraph stands alone at the foot of the page (“Het begin van een alinea”); make the text before it a little shorter or longer.`,
    );
    expect(nl(heading!)).toBe(
      `Opmaakcontrole, ${chapter.title}, pagina ${page}: de kop „Wat we leerden” staat onderaan de pagina en de tekst erna op de volgende; maak de tekst ervoor iets korter of langer.`,
    );
    expect(en(heading!)).toBe(
      `Layout check, ${chapter.title}, page ${page}: the heading “Wat we leerden” stands at the foot of the page and its text on the next; make the text before it a little shorter or longer.`,
    );
    expect(nl(figure!)).toBe(`Opmaakcontrole, ${chapter.title}, pagina ${page}: figuur 3 staat verdeeld over de pagina’s ${page} en ${page + 1}; maak de afbeelding kleiner.`);
    expect(en(figure!)).toBe(`Layout check, ${chapter.title}, page ${page}: figure 3 is split over pages ${page} and ${page + 1}; make the image smaller.`);
  });

  test('name the part of the publication where characters are missing', () => {
    const cover = report({ missingGlyphs: everything.missingGlyphs.slice(0, 1) });
    expect(pdfNotes(cover, tree, 'nl')).toEqual(['Omslag: geen lettertype heeft de tekens 🎉; ze zijn vervangen (in „Samen 🎉”).']);
    expect(pdfNotes(cover, tree, 'en')).toEqual(['Cover: no font has the characters 🎉; they were replaced (in “Samen 🎉”).']);
    const inChapter = report({ missingGlyphs: everything.missingGlyphs.slice(4) });
    expect(pdfNotes(inChapter, tree, 'en')).toEqual([`${chapter.title}: no font has the characters سلام; they were replaced (in “Salaam سلام”).`]);
  });

  test('leave no English in a Dutch note, and no Dutch part name in an English one', () => {
    const nl = pdfNotes(everything, tree, 'nl');
    const en = pdfNotes(everything, tree, 'en');
    expect(nl).toHaveLength(14);
    expect(en).toHaveLength(14);
    for (const note of nl) for (const phrase of OLD_ENGLISH) expect(note).not.toContain(phrase);
    const partNotes = en.slice(0, 4);
    for (const note of partNotes) expect(note.split(':')[0]).not.toMatch(DUTCH_PARTS);
    expect(partNotes.map((note) => note.split(':')[0])).toEqual(['Cover', 'Colophon', 'Contents', 'Fixed words (such as “Contents” and “Figure”)']);
  });
});
