/**
 * Plain typing applied by ProseMirror itself instead of by the browser.
 *
 * ProseMirror normally lets Chromium insert a typed character into the
 * contenteditable and reads the change back. In a 20,000-word chapter that
 * native insertion (Chromium's TypingCommand) costs the most of a keystroke:
 * it recomputes selection and layout state over the whole editable host many
 * times. Inserting the character as a transaction changes one text node, so a
 * keystroke costs what the paragraph costs. Input rules still run: the text
 * goes through `handleTextInput` as it would after a native insertion.
 * Composition (dead keys, IME) and anything but a single character with a
 * collapsed cursor stay native.
 */
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

export function typeCharacter(view: EditorView, event: KeyboardEvent): boolean {
  if (event.isComposing || view.composing) return false;
  const text = event.key;
  if ([...text].length !== 1 || /[\r\n]/.test(text)) return false;
  const selection = view.state.selection;
  if (!(selection instanceof TextSelection) || !selection.empty || !selection.$from.parent.inlineContent) return false;
  const { from, to } = selection;
  const insert = () => view.state.tr.insertText(text, from, to).scrollIntoView();
  if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, insert))) view.dispatch(insert());
  return true;
}
