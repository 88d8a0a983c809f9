import { EditorState, type Plugin } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../main/model/index.js';
import { footnoteNumbers } from '../../../renderer/editor/footnoteNumbers.js';

const { doc, paragraph, footnote } = schema.nodes as Required<typeof schema.nodes>;
const note = (text: string) => footnote.create(null, schema.text(text));

/** Each footnote's number, in document order, as the decorations give it. */
function numbers(state: EditorState, plugin: Plugin<DecorationSet>): number[] {
  const set = plugin.getState(state)!;
  const found: number[] = [];
  state.doc.descendants((node, pos) => {
    if (node.type !== footnote) return true;
    const [decoration] = set.find(pos, pos + node.nodeSize);
    found.push((decoration?.spec as { number?: number } | undefined)?.number ?? 0);
    return false;
  });
  return found;
}

describe('footnoteNumbers', () => {
  const plugin = footnoteNumbers();
  const start = EditorState.create({
    doc: doc.create(null, [paragraph.create(null, [schema.text('Eerst'), note('een')]), paragraph.create(null, [schema.text('Dan'), note('twee'), schema.text(' en'), note('drie')])]),
    plugins: [plugin],
  });

  it('numbers the footnotes in reading order across blocks', () => {
    expect(numbers(start, plugin)).toEqual([1, 2, 3]);
  });

  it('keeps the numbers with their notes while text is typed before them', () => {
    const typed = start.apply(start.tr.insertText('Heel ', 1));
    expect(numbers(typed, plugin)).toEqual([1, 2, 3]);
    expect(plugin.getState(typed)!.find().map((d) => d.from)).toEqual(plugin.getState(start)!.find().map((d) => d.from + 5));
  });

  it('numbers again when a footnote comes in or goes', () => {
    const added = start.apply(start.tr.insert(1, note('nul')));
    expect(numbers(added, plugin)).toEqual([1, 2, 3, 4]);
    const firstNote = 1 + 'Eerst'.length;
    const removed = start.apply(start.tr.delete(firstNote, firstNote + start.doc.nodeAt(firstNote)!.nodeSize));
    expect(numbers(removed, plugin)).toEqual([1, 2]);
  });
});
