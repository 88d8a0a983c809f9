/**
 * Shortcuts, as in word processors the editors know: Mod is Ctrl (Cmd on a
 * Mac). Ctrl-Alt-F inserts a footnote as in Word; Ctrl+Home and Ctrl+End go
 * to the text's ends (documentEnds.ts).
 */
import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { undoInputRule } from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import type { Command, Plugin } from 'prosemirror-state';
import { schema } from '../../main/model/index.js';
import {
  bulletList,
  insertFootnote,
  orderedList,
  setHeading,
  setParagraph,
  toggleBlockquote,
  toggleEm,
  toggleStrong,
} from './commands.js';
import { documentEndKeys } from './documentEnds.js';

const hardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
  dispatch?.(state.tr.replaceSelectionWith(schema.nodes.hard_break!.create()).scrollIntoView());
  return true;
});

/** `onLink` opens the link dialog, which lives in React. */
export function editorKeymaps(options: { footnotes: boolean; onLink(): void }): Plugin[] {
  const listItem = schema.nodes.list_item!;
  const keys: Record<string, Command> = {
    'Mod-z': undo,
    'Shift-Mod-z': redo,
    'Mod-y': redo,
    Backspace: undoInputRule,
    'Mod-b': toggleStrong,
    'Mod-i': toggleEm,
    'Mod-Alt-0': setParagraph,
    'Mod-Alt-1': setHeading(1),
    'Mod-Alt-2': setHeading(2),
    'Shift-Mod-8': bulletList,
    'Shift-Mod-9': orderedList,
    'Mod-Alt-q': toggleBlockquote,
    'Mod-k': () => {
      options.onLink();
      return true;
    },
    'Shift-Enter': hardBreak,
    Enter: splitListItem(listItem),
    Tab: sinkListItem(listItem),
    'Shift-Tab': liftListItem(listItem),
    ...documentEndKeys,
  };
  if (options.footnotes) keys['Mod-Alt-f'] = insertFootnote;
  return [keymap(keys), keymap(baseKeymap)];
}
