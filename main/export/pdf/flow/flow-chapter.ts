// A chapter set into pages: the opening, the blocks, pagination, and the
// audit of the result.
import type { ChapterNode } from '../../tree/types.js';
import { assemblePage } from './assemble.js';
import { auditFlow } from './audit.js';
import { flowBlocks } from './blocks.js';
import type { FlowContext } from './context.js';
import { flowOpening } from './opening.js';
import { paginate } from './paginate.js';
import type { AuditFinding, FlowPage } from './types.js';
import { UnitList } from './unit-list.js';
import { StructNode } from '../tagged/index.js';

export interface FlowResult {
  readonly pages: FlowPage[];
  readonly audit: AuditFinding[];
  /** The chapter's logical structure, a Sect: its pages' lines and figures are content of its elements. */
  readonly structure: StructNode;
}

export function flowChapter(chapter: ChapterNode, ctx: FlowContext): FlowResult {
  const { template } = ctx;
  const out = new UnitList();
  const structure = new StructNode('Sect');
  flowOpening(chapter, structure, out, ctx);
  flowBlocks(
    chapter.blocks,
    { x: 0, width: ctx.width, text: template.body, paragraphIndent: template.paragraphIndent, overrides: {}, listDepth: 0, floatFigures: true, struct: structure },
    out,
    ctx,
  );
  const drafts = paginate(out.finish(), {
    height: ctx.height,
    noteOverhead: template.footnotes.spaceAbove,
  });
  const pages = drafts.map((draft, i) => assemblePage(draft, chapter.id, i === 0, ctx));
  return { pages, audit: auditFlow(pages, ctx.height), structure };
}
