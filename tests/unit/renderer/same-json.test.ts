import { describe, expect, it } from 'vitest';
import { sameJson } from '../../../renderer/app/sameJson.js';

describe('sameJson', () => {
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'De buurt', marks: [{ type: 'comment', attrs: { threadId: 't1' } }] }] }] };

  it('holds for equal values built apart, whatever the order of keys', () => {
    expect(sameJson(body, JSON.parse(JSON.stringify(body)))).toBe(true);
    expect(sameJson({ a: 1, b: [null, 'x'] }, { b: [null, 'x'], a: 1 })).toBe(true);
  });

  it('does not hold when a mark, a text, a key or a length differs', () => {
    const moved = JSON.parse(JSON.stringify(body));
    moved.content[0].content[0].marks[0].attrs.threadId = 't2';
    expect(sameJson(body, moved)).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });
});
