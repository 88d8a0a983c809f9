import { describe, expect, it } from 'vitest';
import { printable, printableText } from '../../../main/model/printable.js';

describe('printableText', () => {
  it('keeps ordinary text, tabs, line breaks and whole surrogate pairs as they are', () => {
    const text = 'Reünie\tnaïef\r\n„café” 🎉 ĳs';
    expect(printableText(text)).toBe(text);
  });

  it('turns a vertical tab, form feed or next-line into a space', () => {
    expect(printableText('een\x0Bregel\x0Cpagina\u0085eind')).toBe('een regel pagina eind');
  });

  it('drops other control characters and the noncharacters U+FFFE and U+FFFF', () => {
    expect(printableText('\0be\x07l\x1B[0m\x7F\x9Ft\uFFFE\uFFFF')).toBe('bel[0mt');
  });

  it('marks half a surrogate pair with U+FFFD, at the start, the end or inside', () => {
    expect(printableText('\uD83Dx')).toBe('\uFFFDx');
    expect(printableText('x\uDE00')).toBe('x\uFFFD');
    expect(printableText('a\uDE00\uD83Db')).toBe('a\uFFFD\uFFFDb');
  });
});

describe('printable', () => {
  it('cleans every string of nested objects and arrays, sharing what did not change', () => {
    const bytes = new Uint8Array([0, 7, 11]);
    const kept = { text: 'schoon', list: ['ook schoon'] };
    const value = { title: 'Titel\x07', kept, items: [{ text: 'een\x0Btwee', bytes }], count: 3, none: null };
    const cleaned = printable(value);
    expect(cleaned).toEqual({ title: 'Titel', kept, items: [{ text: 'een twee', bytes }], count: 3, none: null });
    expect(cleaned.kept).toBe(kept);
    expect(cleaned.items[0]!.bytes).toBe(bytes);
    expect(value.title).toBe('Titel\x07');
  });

  it('returns the value itself when nothing needs cleaning', () => {
    const value = { a: ['x', { b: 'y' }] };
    expect(printable(value)).toBe(value);
  });
});
