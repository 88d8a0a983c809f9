/**
 * The editor's plugins and view props for our schema: history, input rules,
 * shortcuts, drop and gap cursors, Word-safe pasting, the NodeViews for
 * kaders, figures and footnotes, the footnotes' numbers, dropping a
 * library item into the text, and in a chapter the window of drawn blocks.
 */
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { history } from 'prosemirror-history';
import { Fragment, Slice } from 'prosemirror-model';
import { EditorState, NodeSelection, Plugin } from 'prosemirror-state';
import { dropPoint } from 'prosemirror-transform';
import type { DirectEditorProps, EditorView } from 'prosemirror-view';
import { docFromJSON, printableText, schema, type RichDoc } from '../../main/model/index.js';
import { footnoteNumbers } from './footnoteNumbers.js';
import { editorInputRules } from './inputRules.js';
import { editorKeymaps } from './keymap.js';
import { FigureView } from './nodeviews/figure.js';
import { FootnoteView } from './nodeviews/footnote.js';
import { MaterialBoxView } from './nodeviews/materialBox.js';
import { cleanPastedHTML } from './paste.js';
import type { References } from './references.js';
import { typeCharacter } from './typing.js';
import { windowedViews } from './window/blockViews.js';
import { windowPlugin } from './window/windowPlugin.js';

/** The drag type a library row carries: the item's id. */
export const materialDragType = 'application/x-bundel-material';

export type EditorMode = 'chapter' | 'material';

/** Transaction meta: the change is what main already stored (comment marks it put back), so there is nothing to save. */
export const alreadyStored = 'bundel.alreadyStored';

/**
 * Read-only for text: a reviewer's editor refuses every change to the
 * document (NodeViews dispatch too, not only the keyboard), except the stored
 * comment marks it takes over from main.
 */
function readOnlyGuard(readOnly: () => boolean): Plugin {
  return new Plugin({ filterTransaction: (tr) => !tr.docChanged || !readOnly() || tr.getMeta(alreadyStored) === true });
}

export function createState(doc: RichDoc, mode: EditorMode, onLink: () => void, readOnly: () => boolean, extra: readonly Plugin[] = []): EditorState {
  return EditorState.create({ doc: docFromJSON(doc), plugins: editorPlugins(mode, onLink, readOnly, extra) });
}

export function editorPlugins(mode: EditorMode, onLink: () => void, readOnly: () => boolean, extra: readonly Plugin[] = []): Plugin[] {
  return [
    readOnlyGuard(readOnly),
    ...extra,
    footnoteNumbers(),
    history(),
    editorInputRules(),
    ...editorKeymaps({ footnotes: mode === 'chapter', onLink }),
    dropCursor({ color: '#1d6560', width: 2 }),
    gapCursor(),
    // A chapter can run to 20,000 words: only the blocks near the screen are drawn.
    ...(mode === 'chapter' ? [windowPlugin()] : []),
  ];
}

/** Drops a library item: onto a kader it joins that kader, elsewhere it becomes a new kader. */
function dropMaterial(view: EditorView, event: DragEvent): boolean {
  const id = event.dataTransfer?.getData(materialDragType);
  const coords = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!id || !coords) return false;
  event.preventDefault();
  const { state } = view;
  const target = coords.inside >= 0 ? state.doc.nodeAt(coords.inside) : null;
  if (target?.type === schema.nodes.material_box) {
    const ids = target.attrs.itemIds as string[];
    if (!ids.includes(id)) view.dispatch(state.tr.setNodeMarkup(coords.inside, null, { ...target.attrs, itemIds: [...ids, id] }));
  } else {
    const box = schema.nodes.material_box!.create({ itemIds: [id], title: null });
    const at = dropPoint(state.doc, coords.pos, new Slice(Fragment.from(box), 0, 0)) ?? coords.pos;
    view.dispatch(state.tr.insert(at, box).scrollIntoView());
  }
  view.focus();
  return true;
}

/**
 * Typing while a footnote is selected (just after Ctrl+Alt+F, before its own
 * editor has focus) writes into the note instead of replacing it.
 */
function typeIntoSelectedFootnote(view: EditorView, text: string): boolean {
  const selection = view.state.selection;
  if (!(selection instanceof NodeSelection) || selection.node.type !== schema.nodes.footnote) return false;
  const tr = view.state.tr.insertText(text, selection.from + 1 + selection.node.content.size);
  view.dispatch(tr.setSelection(NodeSelection.create(tr.doc, selection.from)));
  return true;
}

export function viewProps(
  mode: EditorMode,
  refs: References | null,
  footnoteLabel: () => string,
): Omit<DirectEditorProps, 'state' | 'dispatchTransaction'> {
  return {
    transformPastedHTML: cleanPastedHTML,
    // Text copied from a PDF viewer brings control characters along (see printableText).
    transformPastedText: (text) => printableText(text),
    handleTextInput: (view, _from, _to, text) => typeIntoSelectedFootnote(view, text),
    handleKeyPress: typeCharacter,
    handleDrop: (view, event) => (mode === 'chapter' ? dropMaterial(view, event) : false),
    nodeViews: {
      footnote: (node, view, getPos) => new FootnoteView(node, view, getPos, footnoteLabel),
      // Without references to draw them by (the warm-up's copy, warmUp.ts), kaders and figures are drawn plain.
      ...(mode === 'chapter'
        ? windowedViews(
            refs
              ? {
                  material_box: (node, _view, getPos) => new MaterialBoxView(node, refs, getPos),
                  figure: (node) => new FigureView(node, refs),
                }
              : {},
          )
        : {}),
    },
  };
}
