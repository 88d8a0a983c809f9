/**
 * How tall a top-level block will be before it has ever been drawn: its lines
 * of text at the chapter's measure. A placeholder stands in at this height
 * until the block is drawn and measured, so the better the guess, the less
 * the scrollbar and the text below move when the block comes into view.
 */
import type { Node } from 'prosemirror-model';

export interface TextMetrics {
  /** Pixels per line of body text. */
  readonly lineHeight: number;
  readonly fontSize: number;
  /** Characters of body text on a full line at the chapter's width. */
  readonly charsPerLine: number;
}

/** The chapter's type (17 px, line height 1.65, about 80 characters on the 680 px measure) until the tracker has measured it. */
export const defaultMetrics: TextMetrics = { lineHeight: 28, fontSize: 17, charsPerLine: 80 };

/** Headings are set larger (editor.css): fewer characters to a line, taller lines. */
const headingScale: Readonly<Record<number, number>> = { 1: 1.5, 2: 1.2 };

/**
 * A kader's items and a figure's picture arrive later, so their sizes are
 * typical ones: a figure with its caption, and a kader's head plus, per item,
 * its kind, title and an excerpt or parts of about eighteen lines.
 */
const figureHeight = 320;
const kaderHead = 60;
const kaderItemLines = 18;

/** The gap between paragraphs inside a quote or list (editor.css: 0.8em, 0.2em in list items). */
const innerGap = 0.6;

export function estimateHeight(node: Node, metrics: TextMetrics): number {
  if (node.type.name === 'material_box') return kaderHead + (node.attrs.itemIds as string[]).length * kaderItemLines * metrics.lineHeight;
  if (node.isAtom) return figureHeight;
  let height = 0;
  let blocks = 0;
  const add = (textblock: Node) => {
    const scale = textblock.type.name === 'heading' ? (headingScale[textblock.attrs.level as number] ?? 1) : 1;
    const lines = Math.max(1, Math.ceil((textblock.textContent.length * scale) / metrics.charsPerLine));
    height += lines * metrics.lineHeight * scale;
    blocks += 1;
  };
  if (node.isTextblock) add(node);
  else
    node.descendants((child) => {
      if (!child.isTextblock) return true;
      add(child);
      return false;
    });
  return Math.round(height + Math.max(0, blocks - 1) * innerGap * metrics.fontSize);
}

/**
 * The characters per line the drawn paragraphs show: their text over their
 * lines, a last line counted as half full. Null with too few to tell.
 */
export function measureCharsPerLine(samples: readonly { chars: number; height: number }[], lineHeight: number): number | null {
  let chars = 0;
  let lines = 0;
  for (const sample of samples) {
    const count = Math.round(sample.height / lineHeight);
    if (count < 2) continue;
    chars += sample.chars;
    lines += count - 0.5;
  }
  return lines >= 20 ? chars / lines : null;
}
