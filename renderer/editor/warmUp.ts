/**
 * The first keystrokes in a long chapter just opened cost two to three times
 * what later ones do (in the typing bench 15–30 ms against a median of 8):
 * V8 has not yet optimised the loops a keystroke runs over the chapter's
 * thousands of blocks and their decorations (ProseMirror's view update, the
 * window of drawn blocks). A small document would not warm them: how soon V8
 * optimises a loop depends on how much it runs.
 *
 * So when the browser is idle after a chapter has opened, a hidden copy of
 * that chapter (the same document, plugins and block views, nothing shared
 * that keeps state) takes a sentence typed into its middle, in slices that
 * fit the idle time, and is dropped; the editor's first real keys then run
 * warm. Optimised code serves every chapter after: a page warms up again only
 * for a chapter more than twice as long as the longest it warmed up on. The copy is not in the accessibility tree, takes no focus and
 * saves nothing: its edits are in its own state only.
 */
import { EditorState, Selection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { editorPlugins, viewProps } from './setup.js';
import { typeCharacter } from './typing.js';

const sentence = 'en zo gingen de buren samen verder met de koffieochtend ';

/** Top-level blocks of the longest chapter warmed up on in this page. */
let warmedBlocks = 0;

/** Warms the typing path on a copy of `view`'s chapter, in idle time from now on, unless a chapter half as long or longer did. */
export function warmUpTyping(view: EditorView): void {
  const blocks = view.state.doc.childCount;
  if (blocks <= 2 * warmedBlocks || typeof window.requestIdleCallback !== 'function') return;
  warmedBlocks = blocks;
  requestIdleCallback((deadline) => {
    const doc = view.state.doc;
    // In text, not on a kader or figure: the caret where typing goes.
    const middle = doc.resolve(Math.floor(doc.content.size / 2));
    const selection = Selection.findFrom(middle, 1, true) ?? Selection.findFrom(middle, -1, true) ?? Selection.atStart(doc);
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.style.cssText = `position: fixed; top: 0; left: -10000px; width: ${view.dom.clientWidth || 680}px; height: 100vh; overflow: hidden; visibility: hidden; pointer-events: none`;
    document.body.append(host);
    const copy: EditorView = new EditorView(host, {
      state: EditorState.create({ doc, plugins: editorPlugins('chapter', () => undefined, () => false), selection }),
      ...viewProps('chapter', null, () => ''),
      dispatchTransaction: (tr) => copy.updateState(copy.state.apply(tr)),
    });
    let typed = 0;
    const slice = (deadline: IdleDeadline) => {
      while (typed < sentence.length && deadline.timeRemaining() > 4) typeCharacter(copy, new KeyboardEvent('keypress', { key: sentence[typed++]! }));
      if (typed < sentence.length) return void requestIdleCallback(slice);
      copy.destroy();
      host.remove();
    };
    slice(deadline);
  });
}
