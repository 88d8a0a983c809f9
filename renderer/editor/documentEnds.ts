/**
 * Ctrl+Home and Ctrl+End (Cmd+↑ and Cmd+↓ on a Mac), with Shift to select:
 * to the start or end of the text. The browser's own moves go to the first or
 * last text it has drawn, which in a windowed chapter (window/) is not the
 * text's start or end; as transactions they reach the document's ends, which
 * the window then draws and the view scrolls to.
 */
import { Selection, TextSelection, type Command } from 'prosemirror-state';
import { mac } from './shortcut.js';

function toEnd(atEnd: boolean, extend: boolean): Command {
  return (state, dispatch) => {
    const target = atEnd ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
    const selection = extend ? TextSelection.between(state.selection.$anchor, atEnd ? target.$to : target.$from) : target;
    dispatch?.(state.tr.setSelection(selection).scrollIntoView());
    return true;
  };
}

export const documentEndKeys: Record<string, Command> = {
  'Mod-Home': toEnd(false, false),
  'Mod-End': toEnd(true, false),
  'Shift-Mod-Home': toEnd(false, true),
  'Shift-Mod-End': toEnd(true, true),
  ...(mac
    ? {
        'Mod-ArrowUp': toEnd(false, false),
        'Mod-ArrowDown': toEnd(true, false),
        'Shift-Mod-ArrowUp': toEnd(false, true),
        'Shift-Mod-ArrowDown': toEnd(true, true),
      }
    : {}),
};
