/**
 * The formatting toolbar. One tab stop (arrow keys move between buttons, as
 * in desktop toolbars); buttons keep the text's selection on mouse down and
 * show whether their format is on (aria-pressed) and whether it applies here.
 */
import { redo, undo } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useCallback, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { schema, type MessageKey } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';
import {
  blockActive,
  bulletList,
  insertFootnote,
  markActive,
  orderedList,
  setHeading,
  setParagraph,
  toggleBlockquote,
  toggleEm,
  toggleStrong,
} from './commands.js';
import { Icon, type IconName } from './icons.js';
import type { EditorMode } from './setup.js';
import { shortcutText } from './shortcut.js';

interface Tool {
  key: MessageKey;
  face: IconName | { text: string; className: string };
  keys?: string;
  command?: Command;
  run?: () => void;
  active?: (state: EditorState) => boolean;
  chapterOnly?: boolean;
  /** Allowed in a read-only editor: it comments on the text, it does not change it. */
  review?: boolean;
}

export interface ToolbarActions {
  link(): void;
  box(): void;
  figure(): void;
  comment(): void;
}

function tools(actions: ToolbarActions): Tool[][] {
  const nodes = schema.nodes;
  return [
    [
      { key: 'ui.editor.undo', face: 'undo', keys: 'Mod-z', command: undo },
      { key: 'ui.editor.redo', face: 'redo', keys: 'Mod-y', command: redo },
    ],
    [
      { key: 'ui.editor.paragraph', face: { text: '¶', className: 'glyph' }, keys: 'Mod-Alt-0', command: setParagraph, active: (s) => s.selection.$from.parent.type === nodes.paragraph },
      { key: 'ui.editor.heading1', face: { text: 'H1', className: 'glyph' }, keys: 'Mod-Alt-1', command: setHeading(1), active: (s) => blockActive(s, nodes.heading!, { level: 1 }) },
      { key: 'ui.editor.heading2', face: { text: 'H2', className: 'glyph' }, keys: 'Mod-Alt-2', command: setHeading(2), active: (s) => blockActive(s, nodes.heading!, { level: 2 }) },
    ],
    [
      { key: 'ui.editor.bold', face: { text: 'B', className: 'glyph bold' }, keys: 'Mod-b', command: toggleStrong, active: (s) => markActive(s, schema.marks.strong!) },
      { key: 'ui.editor.italic', face: { text: 'I', className: 'glyph italic' }, keys: 'Mod-i', command: toggleEm, active: (s) => markActive(s, schema.marks.em!) },
      { key: 'ui.editor.link', face: 'link', keys: 'Mod-k', run: actions.link, active: (s) => markActive(s, schema.marks.link!) },
    ],
    [
      { key: 'ui.editor.bulletList', face: 'bullet', keys: 'Shift-Mod-8', command: bulletList, active: (s) => blockActive(s, nodes.bullet_list!) },
      { key: 'ui.editor.orderedList', face: 'ordered', keys: 'Shift-Mod-9', command: orderedList, active: (s) => blockActive(s, nodes.ordered_list!) },
      { key: 'ui.editor.quote', face: 'quote', keys: 'Mod-Alt-q', command: toggleBlockquote, active: (s) => blockActive(s, nodes.blockquote!) },
    ],
    [
      { key: 'ui.editor.footnote', face: 'footnote', keys: 'Mod-Alt-f', command: insertFootnote, chapterOnly: true },
      { key: 'ui.editor.box', face: 'box', run: actions.box, chapterOnly: true },
      { key: 'ui.editor.figure', face: 'figure', run: actions.figure, chapterOnly: true },
    ],
    [{ key: 'ui.review.comment', face: 'comment', keys: 'Mod-Alt-m', run: actions.comment, chapterOnly: true, review: true }],
  ];
}

const noActions: ToolbarActions = { link: () => undefined, box: () => undefined, figure: () => undefined, comment: () => undefined };

function toolGroups(actions: ToolbarActions, mode: EditorMode): Tool[][] {
  // A group of chapter tools only is left out whole, its divider with it.
  return tools(actions)
    .map((group) => group.filter((tool) => mode === 'chapter' || !tool.chapterOnly))
    .filter((group) => group.length > 0);
}

/**
 * What the toolbar shows for a state, two letters a tool in toolbar order:
 * enabled (e/d) and pressed (p, n, or - when the tool has no such state). The
 * editor keeps this string as React state, so a keystroke that changes
 * nothing the toolbar shows (most of them) renders nothing in React.
 */
export function toolbarStatus(state: EditorState, mode: EditorMode, readOnly: boolean): string {
  let out = '';
  for (const tool of toolGroups(noActions, mode).flat()) {
    const allowed = !readOnly || tool.review === true;
    out += allowed && (tool.run || tool.command?.(state)) ? 'e' : 'd';
    out += tool.active ? (tool.active(state) ? 'p' : 'n') : '-';
  }
  return out;
}

/**
 * The toolbar's status as React state, and its setter from an editor state. It
 * is set only when it differs: React bails out of an equal value only while
 * the component has no update pending, and otherwise renders it again, which
 * cost a render and commit pass in many keystrokes.
 */
export function useToolbarStatus(): [string, (state: EditorState, mode: EditorMode, readOnly: boolean) => void] {
  const [status, setStatus] = useState('');
  const shown = useRef(status);
  const update = useCallback((state: EditorState, mode: EditorMode, readOnly: boolean) => {
    const next = toolbarStatus(state, mode, readOnly);
    if (next === shown.current) return;
    shown.current = next;
    setStatus(next);
  }, []);
  return [status, update];
}

export function Toolbar({ view, status, mode, actions }: { view: EditorView | null; status: string; mode: EditorMode; actions: ToolbarActions }) {
  const { t } = useI18n();
  const [focusIndex, setFocusIndex] = useState(0);
  const groups = toolGroups(actions, mode);
  let index = 0;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null;
    if (at < 0 || (step === 0 && jump === null)) return;
    event.preventDefault();
    const next = jump ?? (at + step + buttons.length) % buttons.length;
    setFocusIndex(next);
    buttons[next]?.focus();
  };

  const render = (tool: Tool): ReactNode => {
    const my = index++;
    const label = t(tool.key);
    const title = tool.keys ? `${label} (${shortcutText(tool.keys)})` : label;
    const enabled = Boolean(view) && status[my * 2] === 'e';
    const mark = status[my * 2 + 1];
    const pressed = mark === 'p' ? true : mark === 'n' ? false : undefined;
    return (
      <button
        key={tool.key}
        type="button"
        className="tool"
        title={title}
        aria-label={label}
        aria-keyshortcuts={tool.keys?.replace('Mod', 'Control').replaceAll('-', '+')}
        aria-pressed={pressed}
        aria-disabled={!enabled}
        tabIndex={my === focusIndex ? 0 : -1}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          // aria-disabled, not disabled: a disabled button cannot hold the toolbar's one tab stop.
          if (!view || !enabled) return;
          if (tool.run) tool.run();
          else tool.command?.(view.state, view.dispatch);
          if (!tool.run) view.focus();
        }}
      >
        {typeof tool.face === 'string' ? <Icon name={tool.face} /> : <span className={tool.face.className}>{tool.face.text}</span>}
      </button>
    );
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('ui.editor.toolbar')} onKeyDown={onKeyDown}>
      {groups.map((group, g) => (
        <div className="tool-group" key={g}>
          {group.map(render)}
        </div>
      ))}
    </div>
  );
}
