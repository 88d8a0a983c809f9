/**
 * A ProseMirror editor on our schema, with its toolbar and dialogs. In a
 * chapter it has kaders, figures and footnotes; in a material item only text.
 * The parent gets the document node on every change (serialising it is left
 * to the autosave, which does it once per pause, not per keystroke). To load
 * other content, the parent remounts it with a new `key`.
 */
import type { Node } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef, useState } from 'react';
import type { RichDoc } from '../../main/model/index.js';
import { useData } from '../app/data.js';
import { useNavigation } from '../app/navigation.js';
import { useI18n } from '../i18n/I18n.js';
import { MaterialPicker } from '../library/MaterialPicker.js';
import { currentLink, insertFigure, insertMaterialBox, setBoxItems, setLink } from './commands.js';
import { LinkDialog } from './LinkDialog.js';
import { References } from './references.js';
import { createState, viewProps, type EditorMode } from './setup.js';
import { Toolbar, toolbarStatus } from './Toolbar.js';
import { VisualPicker } from './VisualPicker.js';

type Open = { type: 'link'; href: string } | { type: 'box'; pos: number | null; ids: string[] } | { type: 'figure' } | null;

export function RichTextEditor({
  initial,
  mode,
  label,
  onChange,
}: {
  initial: RichDoc;
  mode: EditorMode;
  label: string;
  onChange(doc: Node): void;
}) {
  const { t, lbl } = useI18n();
  const { client, revision } = useData();
  const { go } = useNavigation();
  const mount = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<EditorView | null>(null);
  // Not the editor state itself: what the toolbar shows of it, so most keystrokes render nothing.
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<Open>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const env = { t, lbl, openItem: (id: string) => go({ section: 'material', id }), editBox: (pos: number, ids: string[]) => setOpen({ type: 'box', pos, ids }) };
  const envRef = useRef(env);
  envRef.current = env;
  const [refs] = useState(() => (mode === 'chapter' ? new References(client, env) : null));

  useEffect(() => {
    if (!mount.current) return;
    const editorView: EditorView = new EditorView(mount.current, {
      state: createState(initial, mode, () => setOpen({ type: 'link', href: currentLink(editorView.state) ?? '' })),
      ...viewProps(mode, refs, () => envRef.current.t('ui.editor.footnote')),
      attributes: { class: `rich-text ${mode}`, 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'nl' },
      dispatchTransaction(tr) {
        const next = editorView.state.apply(tr);
        editorView.updateState(next);
        setStatus(toolbarStatus(next, mode));
        if (tr.docChanged) onChangeRef.current(next.doc);
      },
    });
    setView(editorView);
    setStatus(toolbarStatus(editorView.state, mode));
    return () => editorView.destroy();
    // Created once per mount on purpose: new content comes with a new key, not new props.
  }, []);

  // NodeViews read words and callbacks through refs.env: keep it current, redraw on a language switch.
  useEffect(() => {
    if (!refs) return;
    refs.env = envRef.current;
    refs.notify(true);
  }, [refs, t]);

  useEffect(() => {
    if (revision > 0) refs?.refresh();
  }, [refs, revision]);

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
    <div className={`editor ${mode}`}>
      <Toolbar
        view={view}
        status={status}
        mode={mode}
        actions={{
          link: () => view && setOpen({ type: 'link', href: currentLink(view.state) ?? '' }),
          box: () => setOpen({ type: 'box', pos: null, ids: [] }),
          figure: () => setOpen({ type: 'figure' }),
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
