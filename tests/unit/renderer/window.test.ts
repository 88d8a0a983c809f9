import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../main/model/index.js';
import { documentEndKeys } from '../../../renderer/editor/documentEnds.js';
import { HeightGuess } from '../../../renderer/editor/window/heightGuess.js';
import { changeWindow, farBlocks, windowMoved, windowPlugin } from '../../../renderer/editor/window/windowPlugin.js';

const { doc, paragraph } = schema.nodes as Required<typeof schema.nodes>;

/** 200 paragraphs of about 400 characters: far more than the few screens drawn at opening. */
function longState(): EditorState {
  const blocks = Array.from({ length: 200 }, (_, i) => paragraph.create(null, schema.text(`Paragraaf ${i}. ${'tekst '.repeat(66)}`)));
  return EditorState.create({ doc: doc.create(null, blocks), plugins: [windowPlugin()] });
}

/** The start of each top-level block. */
function starts(state: EditorState): number[] {
  const found: number[] = [];
  state.doc.forEach((_, offset) => found.push(offset));
  return found;
}

/** The indexes of the far blocks. */
function farIndexes(state: EditorState): number[] {
  const far = farBlocks(state);
  return starts(state).flatMap((from, i) => (far.has(from) ? [i] : []));
}

describe('the window of drawn blocks', () => {
  const start = longState();
  const at = starts(start);

  it('draws the first screens at opening and stands in for the rest at a guessed height', () => {
    const far = farIndexes(start);
    expect(far.length).toBeGreaterThan(150);
    expect(far).not.toContain(0);
    expect(far.at(-1)).toBe(199);
    const spec = farBlocks(start).get(at[199]!)!;
    expect(spec.measured).toBe(false);
    expect(spec.height).toBeGreaterThan(100);
  });

  it('draws the block a selection goes into, and two on either side, in the same transaction', () => {
    const moved = start.apply(start.tr.setSelection(TextSelection.create(start.doc, at[150]! + 5)));
    const far = farIndexes(moved);
    for (const i of [148, 149, 150, 151, 152]) expect(far).not.toContain(i);
    expect(far).toContain(147);
    expect(far).toContain(153);
  });

  it('keeps both ends of a long selection drawn, not what lies between', () => {
    const selected = start.apply(start.tr.setSelection(TextSelection.create(start.doc, 3, at[180]! + 3)));
    const far = farIndexes(selected);
    expect(far).not.toContain(180);
    expect(far).toContain(100);
  });

  it('follows the changes the tracker asks for, but never hides the selection', () => {
    const change = changeWindow(start, { far: [{ from: at[0]!, height: 300, measured: true }, { from: at[60]!, height: 120, measured: true }], near: [at[199]!] });
    expect(windowMoved(change)).toBe(true);
    const next = start.apply(change);
    const far = farBlocks(next);
    expect(far.has(at[0]!)).toBe(false);
    expect(far.get(at[60]!)).toEqual({ far: true, height: 120, measured: true });
    expect(far.has(at[199]!)).toBe(false);
    // A window change is not an edit.
    expect(change.getMeta('addToHistory')).toBe(false);
  });

  it('keeps far blocks far, where they now are, when text is typed before them', () => {
    const typed = start.apply(start.tr.insertText('Nieuw ', 3));
    expect(farIndexes(typed)).toEqual(farIndexes(start));
    expect([...farBlocks(typed).keys()]).toEqual([...farBlocks(start).keys()].map((from) => from + 6));
  });

  it('draws a far block that a change replaces', () => {
    const replaced = start.apply(start.tr.replaceWith(at[190]!, at[191]!, paragraph.create(null, schema.text('Anders.'))));
    expect(farIndexes(replaced)).not.toContain(190);
    expect(farIndexes(replaced)).toContain(191);
  });

  it('goes to the end with Ctrl+End and draws the last block', () => {
    let state = start;
    documentEndKeys['Mod-End']!(state, (tr) => (state = state.apply(tr)));
    expect(state.selection.head).toBe(state.doc.content.size - 1);
    expect(farIndexes(state)).not.toContain(199);
    documentEndKeys['Shift-Mod-Home']!(state, (tr) => (state = state.apply(tr)));
    expect([state.selection.anchor, state.selection.head]).toEqual([start.doc.content.size - 1, 1]);
    expect(farIndexes(state)).not.toContain(0);
  });
});

describe('guessing the height of blocks not drawn', () => {
  const text = (chars: number) => paragraph.create(null, schema.text('x'.repeat(chars)));
  const drawn = Array.from({ length: 30 }, (_, i) => ({ chars: 200 + 10 * i, height: 28 * Math.ceil((200 + 10 * i) / 40) }));

  it('takes the measure from drawn paragraphs, then scales each kind by how its drawn blocks compare', () => {
    const guess = new HeightGuess();
    expect(guess.measure(28, 17, drawn.slice(0, 2))).toBe(false);
    expect(guess.measure(28, 17, drawn)).toBe(true);
    // About 40 characters to a line, as drawn: 400 characters are about ten lines.
    expect(guess.guess(text(400))).toBeGreaterThan(9 * 28);
    expect(guess.guess(text(400))).toBeLessThan(12 * 28);
    expect(guess.stale()).toBe(true);
    guess.settle();
    expect(guess.stale()).toBe(false);
    // Paragraphs drawn a fifth taller than guessed: later guesses follow, and the standing ones are to be made again.
    const before = guess.guess(text(400));
    const taller = Array.from({ length: 10 }, (_, i) => text(300 + 7 * i)).map((node) => ({ node, height: 1.2 * guess.guess(node) }));
    for (const { node, height } of taller) guess.learn(node, height);
    expect(guess.guess(text(400)) / before).toBeCloseTo(1.2, 1);
    expect(guess.stale()).toBe(true);
  });

  it('guesses a kader by its number of items, and learns nothing from one that may still be loading', () => {
    const guess = new HeightGuess();
    guess.measure(28, 17, drawn);
    const box = (n: number) => schema.nodes.material_box!.create({ itemIds: Array.from({ length: n }, (_, i) => `m${i}`), title: null });
    expect(guess.guess(box(2))).toBeGreaterThan(guess.guess(box(1)) * 1.5);
    guess.settle();
    guess.learn(box(2), 40);
    expect(guess.stale()).toBe(false);
  });
});
