/**
 * The cover: a panel in the cover colour filling the text area (a one-cell
 * table with an exact row height, which every reader draws the same), with the
 * title, subtitle, editors, organisation and year in their cover styles.
 */
import { HeightRule, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, BorderStyle } from 'docx';
import type { Template } from '../template/index.js';
import type { Cover } from '../tree/types.js';
import { textArea } from './page.js';
import { S } from './style-ids.js';
import { hex, mmToTwip, twip } from './units.js';

/** Room left under the panel for the paragraph Word needs after a table, so it stays on the page. */
const roomBelowPt = 24;
const paddingPt = 28;

export function cover(node: Cover, template: Template): (Paragraph | Table)[] {
  const { widthMm, heightMm } = textArea(template);
  const line = (style: string, text: string): Paragraph[] => (text.trim() === '' ? [] : [new Paragraph({ style, children: [new TextRun(text)] })]);
  const children = [
    ...line(S.title, node.title),
    ...line(S.subtitle, node.subtitle),
    ...line(S.coverEditors, node.editorsLine),
    ...line(S.coverOrganisation, node.draftNote),
    ...line(S.coverOrganisation, node.organisation),
    ...line(S.coverEditors, node.year),
  ];
  const none = { style: BorderStyle.NIL };
  const width = mmToTwip(widthMm);
  const panel = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        height: { value: mmToTwip(heightMm) - twip(roomBelowPt), rule: HeightRule.EXACT },
        children: [
          new TableCell({
            shading: { fill: hex(template.cover.background) },
            verticalAlign: VerticalAlign.CENTER,
            margins: { top: twip(paddingPt), bottom: twip(paddingPt), left: twip(paddingPt), right: twip(paddingPt) },
            children: children.length > 0 ? children : [new Paragraph({ style: S.title })],
          }),
        ],
      }),
    ],
  });
  return [panel, new Paragraph({ style: S.normal, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } })];
}
