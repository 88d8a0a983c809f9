import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../../main/model/index.js';
import { anchorOf } from '../../../main/review/locate.js';
import { reconcileThreads } from '../../../main/review/reconcile.js';
import { indexDoc } from '../../../main/review/text-index.js';
import { body, markedText, node, para } from './docs.js';

const at = '2026-04-01T10:00:00.000Z';

function threadOn(doc: ReturnType<typeof node>, id: string): CommentThread {
  const index = indexDoc(doc);
  return {
    id,
    chapterId: 'ch1',
    anchor: anchorOf(index.text, index.marked.get(id)!),
    comments: [{ id: `${id}-c`, author: { name: 'Piet Jansen', initials: 'PJ', role: 'reviewer' }, text: 'Klopt dit?', createdAt: at, editedAt: null }],
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    reanchoredAt: null,
  };
}

const before = node(
  body(
    para('De werkgroep kwam acht keer bijeen in ', ['Gorinchem', 't1'], ' en Leerdam.'),
    para('Mantelzorgers vertelden over ', ['de zorg voor hun ouders', 't2'], ' en over hun werk.'),
    para('Een derde alinea over ', ['vrijwilligers in de wijk', 't3'], ', die vaak het eerst iets merken.'),
  ),
);
const threads = ['t1', 't2', 't3'].map((id) => threadOn(before, id));

describe('reconciling threads when a chapter body is saved', () => {
  it('leaves threads whose marks survive, refreshing the anchor when the text around them changed', () => {
    const after = node(
      body(
        para('Vooraf een nieuwe zin. De werkgroep kwam acht keer bijeen in ', ['Gorinchem', 't1'], ' en Leerdam.'),
        para('Mantelzorgers vertelden over ', ['de zorg voor hun ouders', 't2'], ' en over hun werk.'),
        para('Een derde alinea over ', ['vrijwilligers in de wijk', 't3'], ', die vaak het eerst iets merken.'),
      ),
    );
    const { doc, changed } = reconcileThreads(() => before, after, threads, at);
    expect(doc.eq(after)).toBe(true);
    expect(changed).toEqual([]);
  });

  it('puts a lost mark back on the quoted passage when the text is still there (a retyped or pasted paragraph)', () => {
    const after = node(
      body(
        para('Mantelzorgers vertelden over de zorg voor hun ouders en over hun werk.'),
        para('De werkgroep kwam acht keer bijeen in ', ['Gorinchem', 't1'], ' en Leerdam.'),
        para('Een derde alinea over ', ['vrijwilligers in de wijk', 't3'], ', die vaak het eerst iets merken.'),
      ),
    );
    const { doc, changed } = reconcileThreads(() => before, after, threads, at);
    expect(markedText(doc, 't2')).toBe('de zorg voor hun ouders');
    // The others' anchors follow their new surroundings; none of them moved.
    expect(changed.map((t) => t.id)).toContain('t2');
    expect(changed.every((t) => t.reanchoredAt === null)).toBe(true);
  });

  it('moves a thread whose passage was deleted to the nearest surviving word and says so', () => {
    const after = node(
      body(
        para('De werkgroep kwam acht keer bijeen in ', ['Gorinchem', 't1'], ' en Leerdam.'),
        para('Mantelzorgers vertelden over en over hun werk.'),
        para('Een derde alinea over ', ['vrijwilligers in de wijk', 't3'], ', die vaak het eerst iets merken.'),
      ),
    );
    const { doc, changed } = reconcileThreads(() => before, after, threads, at);
    const moved = changed.find((t) => t.id === 't2')!;
    expect(moved.id).toBe('t2');
    expect(moved.reanchoredAt).toBe(at);
    expect(moved.anchor.quote).toBe('de zorg voor hun ouders');
    expect(['over', 'en']).toContain(markedText(doc, 't2'));
  });

  it('keeps a thread whose whole paragraph was deleted, on the text that followed it', () => {
    const after = node(
      body(
        para('De werkgroep kwam acht keer bijeen in ', ['Gorinchem', 't1'], ' en Leerdam.'),
        para('Een derde alinea over ', ['vrijwilligers in de wijk', 't3'], ', die vaak het eerst iets merken.'),
      ),
    );
    const { doc, changed } = reconcileThreads(() => before, after, threads, at);
    expect(changed.filter((t) => t.reanchoredAt !== null).map((t) => t.id)).toEqual(['t2']);
    expect(markedText(doc, 't1')).toBe('Gorinchem');
    expect(markedText(doc, 't2')).toBe('Een');
  });

  it('keeps overlapping comments apart', () => {
    const overlapping = node(
      body(para('Mantelzorgers vertelden over ', ['de zorg ', 'a'], ['voor hun', 'a', 'b'], [' ouders', 'b'], ' en over hun werk.')),
    );
    const a = threadOn(overlapping, 'a');
    const b = threadOn(overlapping, 'b');
    expect([a.anchor.quote, b.anchor.quote]).toEqual(['de zorg voor hun', 'voor hun ouders']);
    const retyped = node(body(para('Mantelzorgers vertelden over de zorg voor hun ouders en over hun werk.')));
    const { doc } = reconcileThreads(() => overlapping, retyped, [a, b], at);
    expect(markedText(doc, 'a')).toBe('de zorg voor hun');
    expect(markedText(doc, 'b')).toBe('voor hun ouders');
  });
});
