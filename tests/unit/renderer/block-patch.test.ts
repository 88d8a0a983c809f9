import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { docFromJSON, schema } from '../../../main/model/index.js';
import { blockPatch } from '../../../renderer/chapters/blockPatch.js';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const opened = docFromJSON({ type: 'doc', content: ['Een.', 'Twee.', 'Drie.', 'Vier.'].map(paragraph) });

/** The document after typing `text` at the end of block `index`, as the editor's transaction makes it. */
function typed(doc: typeof opened, index: number, text: string) {
  let end = 0;
  for (let i = 0; i <= index; i++) end += doc.child(i).nodeSize;
  const state = EditorState.create({ doc });
  return state.apply(state.tr.setSelection(TextSelection.create(doc, end - 1)).insertText(text)).doc;
}

describe('blockPatch', () => {
  it('sends the one paragraph typed in, however many blocks stand around it', () => {
    const patch = blockPatch(opened, typed(opened, 1, ' En meer.'))!;
    expect(patch).toMatchObject({ count: 4, from: 1, to: 2 });
    expect(patch.blocks.map((b) => b.textContent)).toEqual(['Twee. En meer.']);
  });

  it('sends new blocks in place of none, and no block in place of deleted ones', () => {
    const state = EditorState.create({ doc: opened });
    const split = state.apply(state.tr.setSelection(TextSelection.create(opened, 5)).split(5)).doc;
    const inserted = blockPatch(opened, split)!;
    // The first paragraph is split at its end: a node made anew, equal to the stored one, and an empty one after it.
    expect(inserted.blocks.map((b) => b.textContent)).toEqual(['']);
    expect([inserted.from, inserted.to]).toEqual([1, 1]);

    const second = opened.child(0).nodeSize;
    const deleted = blockPatch(opened, state.apply(state.tr.delete(second, second + opened.child(1).nodeSize + opened.child(2).nodeSize)).doc)!;
    expect(deleted).toMatchObject({ count: 4, from: 1, to: 3, blocks: [] });
  });

  it('finds the first and the last block changed too', () => {
    expect(blockPatch(opened, typed(opened, 0, '!'))).toMatchObject({ from: 0, to: 1 });
    expect(blockPatch(opened, typed(opened, 3, '!'))).toMatchObject({ from: 3, to: 4 });
  });

  it('is null when the blocks are the same, also as equal nodes that are not the same objects', () => {
    expect(blockPatch(opened, opened)).toBeNull();
    expect(blockPatch(opened, docFromJSON(opened.toJSON()))).toBeNull();
    const again = docFromJSON(typed(opened, 2, ' Ja.').toJSON());
    expect(blockPatch(opened, again)).toMatchObject({ from: 2, to: 3 });
  });

  it('applied to the stored blocks, gives the document as the editor has it', () => {
    const next = typed(typed(opened, 3, ' Slot.'), 0, ' Begin.');
    const patch = blockPatch(opened, next)!;
    const content = opened.content.content.slice();
    content.splice(patch.from, patch.to - patch.from, ...patch.blocks);
    expect(schema.topNodeType.create(null, content).eq(next)).toBe(true);
  });
});
