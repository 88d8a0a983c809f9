/**
 * A ProseMirror editor on our schema, with its toolbar and dialogs. In a
 * chapter it has kaders, figures and footnotes; in a material item only text.
 * The parent gets the document node on every change (serialising it is left
 * to the autosave, which does it once per pause, not per keystroke). To load
 * other content, the parent remounts it with a new `key`. Read-only (a
 * reviewer) it refuses changes to the text but still selects and comments.
 */
import type { Node } from 'prosemirror-model';
import { keydownHandler } from 'prosemirror-keymap';
import { Plugin, type Command, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef, useState } from 'react';
import type { RichDoc } from '../../main/model/index.js';
import { afterPaint } from '../app/afterPaint.js';
import { useData } from '../app/data.js';
import { useNavigation } from '../app/navigation.js';
import { useI18n } from '../i18n/I18n.js';
import { MaterialPicker } from '../library/MaterialPicker.js';
import { currentLink, insertFigure, insertMaterialBox, setBoxItems, setLink } from './commands.js';
import { LinkDialog } from './LinkDialog.js';
import { References } from './references.js';
import { placeholder } from './placeholder.js';
import { alreadyStored, createState, viewProps, type EditorMode } from './setup.js';
import { Toolbar, useToolbarStatus } from './Toolbar.js';
import { VisualPicker } from './VisualPicker.js';
import { warmUpTyping } from './warmUp.js';

type Open = { type: 'link'; href: string } | { type: 'box'; pos: number | null; ids: string[] } | { type: 'figure' } | null;

export function RichTextEditor({
  initial,
  mode,
  label,
  onChange,
  readOnly = false,
  plugins = [],
  onView,
  onUpdate,
  onComment,
}: {
  initial: RichDoc;
  mode: EditorMode;
  label: string;
  onChange(doc: Node): void;
  readOnly?: boolean;
  /** More plugins, given once at mount like `initial`. */
  plugins?: readonly Plugin[];
  /** The view once it exists (and null when it goes), for a parent that draws beside the text. */
  onView?(view: EditorView | null): void;
  /** Every transaction applied, after the view has it. */
  onUpdate?(view: EditorView, tr: Transaction): void;
  /** "Opmerking" in the toolbar and Ctrl+Alt+M: comment on the selected passage. */
  onComment?(): void;
}) {
  const { t, lbl } = useI18n();
  const { client, afterWrite } = useData();
  const { go } = useNavigation();
  const mount = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<EditorView | null>(null);
  // Not the editor state itself: what the toolbar shows of it, so most keystrokes render nothing.
  const [status, setStatus] = useToolbarStatus();
  const [open, setOpen] = useState<Open>(null);
  const callbacks = useRef({ onChange, onUpdate, onComment, onView, readOnly });
  callbacks.current = { onChange, onUpdate, onComment, onView, readOnly };

  const env = { t, lbl, openItem: (id: string) => go({ section: 'material', id }), editBox: (pos: number, ids: string[]) => setOpen({ type: 'box', pos, ids }) };
  const envRef = useRef(env);
  envRef.current = env;
  const [refs] = useState(() => (mode === 'chapter' ? new References(client, env) : null));

  useEffect(() => {
    if (!mount.current) return;
    // As a DOM event handler, not a keymap: ProseMirror runs keymaps only in an editable view, and a reviewer comments too.
    const onCommentKey = keydownHandler({
      'Mod-Alt-m': () => {
        callbacks.current.onComment?.();
        return Boolean(callbacks.current.onComment);
      },
    });
    const commentKey = new Plugin({
      props: {
        handleDOMEvents: {
          keydown: (view, event) => {
            const handled = onCommentKey(view, event);
            if (handled) event.preventDefault();
            return handled;
          },
        },
      },
    });
    const readOnlyNow = () => callbacks.current.readOnly;
    // What the toolbar shows follows the text once it is painted (see afterPaint).
    const statusLater = afterPaint(() => setStatus(editorView.state, mode, readOnlyNow()));
    const editorView: EditorView = new EditorView(mount.current, {
      state: createState(initial, mode, () => setOpen({ type: 'link', href: currentLink(editorView.state) ?? '' }), readOnlyNow, [
        commentKey,
        placeholder(() => envRef.current.t(readOnlyNow() ? 'ui.editor.placeholder.readOnly' : `ui.editor.placeholder.${mode}`)),
        ...plugins,
      ]),
      ...viewProps(mode, refs, () => envRef.current.t('ui.editor.footnote')),
      editable: () => !readOnlyNow(),
      // tabindex: a read-only view is not contenteditable, yet must take focus for Ctrl+Alt+M.
      attributes: { class: `rich-text ${mode}`, 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'nl', tabindex: '0' },
      dispatchTransaction(tr) {
        const next = editorView.state.apply(tr);
        editorView.updateState(next);
        statusLater.request();
        if (tr.docChanged && tr.getMeta(alreadyStored) !== true) callbacks.current.onChange(next.doc);
        callbacks.current.onUpdate?.(editorView, tr);
      },
    });
    setView(editorView);
    callbacks.current.onView?.(editorView);
    setStatus(editorView.state, mode, readOnlyNow());
    if (mode === 'chapter' && !readOnlyNow()) warmUpTyping(editorView);
    return () => {
      statusLater.cancel();
      callbacks.current.onView?.(null);
      editorView.destroy();
    };
    // Created once per mount on purpose: new content comes with a new key, not new props.
  }, []);

  // The role can change while the chapter is open: editable is asked again, the toolbar redrawn.
  useEffect(() => {
    if (!view) return;
    view.setProps({});
    setStatus(view.state, mode, readOnly);
  }, [view, readOnly, mode, setStatus]);

  // NodeViews read words and callbacks through refs.env: keep it current, redraw on a language switch.
  useEffect(() => {
    if (!refs) return;
    refs.env = envRef.current;
    refs.notify(true);
  }, [refs, t]);

  // The kaders' items and the figures' visuals are read again after a write that may change them (not a text-only save).
  useEffect(() => (refs ? afterWrite('material.get', () => refs.refresh()) : undefined), [refs, afterWrite]);

  // Back to the text once a dialog has gone: while a modal dialog is open nothing outside it can take focus.
  const hadDialog = useRef(false);
  useEffect(() => {
    if (hadDialog.current && !open) view?.focus();
    hadDialog.current = open !== null;
  }, [open, view]);

  const close = () => setOpen(null);
  const run = (command: Command) => {
    if (view) command(view.state, view.dispatch);
    close();
  };

  return (
    <div className={`editor ${mode}${readOnly ? ' read-only' : ''}`}>
      <Toolbar
        view={view}
        status={status}
        mode={mode}
        actions={{
          link: () => view && setOpen({ type: 'link', href: currentLink(view.state) ?? '' }),
          box: () => setOpen({ type: 'box', pos: null, ids: [] }),
          figure: () => setOpen({ type: 'figure' }),
          comment: () => callbacks.current.onComment?.(),
        }}
      />
      <div className="editor-surface" ref={mount} />
      {open?.type === 'link' && <LinkDialog initial={open.href} onClose={close} onDone={(href) => run(setLink(href))} />}
      {open?.type === 'figure' && <VisualPicker onClose={close} onPick={(id) => run(insertFigure(id))} />}
      {open?.type === 'box' && (
        <MaterialPicker
          initial={open.ids}
          onClose={close}
          onDone={(ids) => {
            const pos = open.pos;
            if (pos === null) run(insertMaterialBox(ids));
            else run(setBoxItems(pos, ids));
          }}
        />
      )}
    </div>
  );
}
