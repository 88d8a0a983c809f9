import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../../main/model/index.js';
import { changesOnlyText } from '../../../renderer/chapters/textOnly.js';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const kader = (itemIds: string[], title: string | null = null) => ({ type: 'material_box', attrs: { itemIds, title } });
const figure = (visualId: string) => ({ type: 'figure', attrs: { visualId } });

function chapter(content: Chapter['body'][], fields: Partial<Chapter> = {}): Chapter {
  return {
    id: 'c1',
    title: 'Samen zorgen',
    byline: '',
    kind: 'chapter',
    reviewStatus: 'draft',
    updatedAt: '2026-11-30T10:00:00.000Z',
    ...fields,
    body: { type: 'doc', content },
  };
}

describe('changesOnlyText', () => {
  const stored = chapter([paragraph('De buurt kookt.'), kader(['m1']), { type: 'blockquote', content: [paragraph('Citaat'), figure('v1')] }]);

  it('holds for typing, footnotes and new paragraphs', () => {
    const typed = chapter([paragraph('De buurt kookt samen.'), paragraph('Elke week.'), kader(['m1']), { type: 'blockquote', content: [paragraph('Citaat'), figure('v1')] }]);
    expect(changesOnlyText(stored, typed)).toBe(true);
  });

  it('does not hold when a kader, its items or title, or a figure changes', () => {
    const body = (blocks: Chapter['body'][]) => chapter(blocks);
    expect(changesOnlyText(stored, body([paragraph('De buurt kookt.'), kader(['m1', 'm2']), { type: 'blockquote', content: [paragraph('Citaat'), figure('v1')] }]))).toBe(false);
    expect(changesOnlyText(stored, body([paragraph('De buurt kookt.'), kader(['m1'], 'Verhaal'), { type: 'blockquote', content: [paragraph('Citaat'), figure('v1')] }]))).toBe(false);
    expect(changesOnlyText(stored, body([paragraph('De buurt kookt.'), kader(['m1']), { type: 'blockquote', content: [paragraph('Citaat'), figure('v2')] }]))).toBe(false);
    expect(changesOnlyText(stored, body([paragraph('De buurt kookt.'), { type: 'blockquote', content: [paragraph('Citaat'), figure('v1')] }]))).toBe(false);
  });

  it('does not hold when a field above the text changes', () => {
    const content = stored.body.content!;
    expect(changesOnlyText(stored, chapter(content, { title: 'Anders' }))).toBe(false);
    expect(changesOnlyText(stored, chapter(content, { byline: 'Door Eva' }))).toBe(false);
    expect(changesOnlyText(stored, chapter(content, { reviewStatus: 'inReview' }))).toBe(false);
  });
});
