/** The colophon page: its facts as label–value lines, then the colophon chapter's own text. */
import { Paragraph, TabStopType, TextRun } from 'docx';
import type { Colophon } from '../tree/types.js';
import { blocks } from './blocks.js';
import type { WriteContext } from './context.js';
import type { Written } from './flow.js';
import { textArea } from './page.js';
import { S } from './style-ids.js';
import { mmToTwip } from './units.js';

/** Values line up after the labels; a long value wraps under itself. */
const labelColumnMm = 32;

export function colophon(node: Colophon, ctx: WriteContext): Written[] {
  const column = mmToTwip(labelColumnMm);
  const facts = node.facts.map(
    (fact) =>
      new Paragraph({
        style: S.colophon,
        tabStops: [{ type: TabStopType.LEFT, position: column }],
        indent: { left: column, hanging: column },
        children: [new TextRun({ text: fact.label, style: S.colophonLabel }), new TextRun({ text: `\t${fact.value}` })],
      }),
  );
  const text = blocks(node.blocks, { paragraph: S.colophon, continued: null, list: S.colophon, headings: [S.colophon, S.colophon], widthMm: textArea(ctx.template).widthMm }, ctx);
  const all = [...facts, ...text];
  return all.length > 0 ? all : [new Paragraph({ style: S.colophon })];
}
