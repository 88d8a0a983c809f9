// Trees built by hand and contexts for the flow's tests.
import { PDFDocument } from 'pdf-lib';
import { loadTemplate } from '../../../../../main/export/template/index.js';
import { PdfFonts } from '../../../../../main/export/pdf/fonts/index.js';
import { loadTemplateFonts } from '../../../../../main/export/pdf/style/index.js';
import { flowContext, type FlowContext } from '../../../../../main/export/pdf/flow/index.js';
import { DUTCH } from '../../../../../main/export/pdf/hyphenate/index.js';
import type { Block, Box, ChapterNode, Figure, Inline, Text } from '../../../../../main/export/tree/types.js';
import { SAMPLE_PARAGRAPHS, randomParagraph, seededRandom } from '../dutch-text.js';

/** A context whose lines are written in the fonts of a document of their own. */
export async function contextFor(templateId: 'werkplaats-a4' | 'bundel-a5', height?: number): Promise<FlowContext> {
  const template = loadTemplate(templateId);
  const pdfFonts = new PdfFonts(await PDFDocument.create());
  const ctx = flowContext(template, await loadTemplateFonts(template), { figure: 'Figuur' }, DUTCH, pdfFonts);
  return height === undefined ? ctx : { ...ctx, height };
}

export function text(value: string, marks: Partial<Pick<Text, 'em' | 'strong' | 'link'>> = {}): Text {
  return { type: 'text', text: value, em: false, strong: false, link: null, threadIds: [], ...marks };
}

export function paragraph(...content: (string | Inline)[]): Block {
  return { type: 'paragraph', content: content.map((c) => (typeof c === 'string' ? text(c) : c)) };
}

export function heading(value: string, level: 1 | 2 = 1, anchor = `s-${value.length}`): Block {
  return { type: 'heading', level, content: [text(value)], anchor };
}

export function footnote(number: number, value: string): Inline {
  return { type: 'footnote', number, content: [text(value)], threadIds: [] };
}

/** A paragraph of sample text of about `words` words, the same for the same seed. */
export function prose(seed: number, words: number): Block {
  return paragraph(randomParagraph(seededRandom(seed), words));
}

export function sample(i: number): Block {
  return paragraph(SAMPLE_PARAGRAPHS[i % SAMPLE_PARAGRAPHS.length]!);
}

export function chapter(blocks: readonly Block[], title = 'Samen zorgen in de wijk'): ChapterNode {
  return {
    id: 'c1',
    kind: 'chapter',
    number: 1,
    label: 'Hoofdstuk 1',
    title,
    byline: 'Anna de Vries en Mohammed el Amrani',
    anchor: 'ch1',
    blocks,
  };
}

export function practiceBox(paragraphs: number, seed = 7): Box {
  const body = (n: number, s: number): Block[] => Array.from({ length: n }, (_, i) => prose(s + i, 45));
  return {
    type: 'box',
    kind: 'practiceExample',
    title: null,
    items: [
      {
        id: 'm1',
        kind: 'practiceExample',
        kindLabel: 'Praktijkvoorbeeld',
        title: 'Het buurtnetwerk in Gorinchem-Oost',
        parts: [
          { role: 'context', label: 'Context', blocks: body(Math.ceil(paragraphs / 2), seed) },
          { role: 'approach', label: 'Aanpak', blocks: body(Math.floor(paragraphs / 2), seed + 50) },
        ],
        source: 'Werkgroep Wonen, keukentafelgesprek, 12 maart 2025',
        attribution: '',
        audience: null,
        consent: 'given',
      },
    ],
  };
}

export function figure(number: number, image: Figure['image'], title = 'Het spectrum van formeel tot informeel'): Figure {
  return {
    type: 'figure',
    visualId: `v${number}`,
    number,
    anchor: `fig${number}`,
    title,
    caption: 'Waar de deelnemers zichzelf plaatsten tussen betaald professioneel werk en vrijwillige inzet.',
    credit: 'Beeld: Werkplaats Sociaal Domein',
    altText: 'Een spectrum',
    image,
  };
}
