// Glyph codes as a content stream's literal strings hold them: two bytes each,
// the string's delimiters, its escape character and a carriage return escaped.
import { expect, test } from 'vitest';
import { literalCode } from '../../../../../main/export/pdf/fonts/cid-font.js';

test('a code is its two bytes as characters', () => {
  expect(literalCode(0x0041)).toBe('\u0000A');
  expect(literalCode(0x01df)).toBe('\u0001\u00df');
  expect(literalCode(0x0a0a)).toBe('\n\n');
});

test('parentheses, the backslash and a carriage return are escaped, so a reader reads the bytes written', () => {
  expect(literalCode(0x2829)).toBe('\\(\\)');
  expect(literalCode(0x5c0d)).toBe('\\\\\\r');
  expect(literalCode(0x0028)).toBe('\u0000\\(');
});
