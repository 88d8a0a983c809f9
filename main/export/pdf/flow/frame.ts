// Where and how blocks are set: the measure they fill and the style of their text.
import type { TextStyle } from '../../template/index.js';
import type { StyleOverrides } from '../style/index.js';
import type { StructNode } from '../tagged/index.js';

export interface BlockFrame {
  /** Left edge and width within the text area. */
  readonly x: number;
  readonly width: number;
  /** Paragraph text. */
  readonly text: TextStyle;
  /** First-line indent of a paragraph that follows a paragraph; 0 for spaced paragraphs (kaders). */
  readonly paragraphIndent: number;
  readonly overrides: StyleOverrides;
  /** Nesting depth of lists, for the bullet. */
  readonly listDepth: number;
  /** Figures at this level may float to a later page (not inside kaders or lists). */
  readonly floatFigures: boolean;
  /** The structure element whose children the blocks set here become. */
  readonly struct: StructNode;
}
