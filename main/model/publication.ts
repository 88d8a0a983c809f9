import { z } from 'zod';
import { HyphenationList } from './hyphenation.js';
import { Line, PlainText } from './ids.js';

/** ISBN-13 with a valid check digit; hyphens and spaces allowed. */
export const Isbn = z
  .string()
  .trim()
  .refine((raw) => {
    const digits = raw.replace(/[-\s]/g, '');
    if (!/^97[89]\d{10}$/.test(digits)) return false;
    const sum = [...digits.slice(0, 12)].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
    return (10 - (sum % 10)) % 10 === Number(digits[12]);
  }, { message: 'ISBN-13 with a valid check digit, e.g. 978-90-12345-67-5', params: { problemKey: 'problem.isbnCheck' } });

/** The publication's own metadata: what goes on the cover, the colophon and into the files' properties. */
export const Publication = z.strictObject({
  title: Line(200).min(1),
  subtitle: Line(300),
  editors: z.array(Line(120).min(1)).max(50),
  organisation: Line(200),
  year: z.number().int().min(1900).max(2200).nullable(),
  isbn: Isbn.nullable(),
  licence: Line(200),
  description: PlainText(5_000),
  keywords: z.array(Line(80).min(1)).max(50),
  language: z.literal('nl'),
  templateId: z.string().regex(/^[a-z0-9-]+$/),
  /** The publication's own word divisions (hyphenation.ts); files from before them have none. */
  hyphenation: HyphenationList.default([]),
});
export type Publication = z.infer<typeof Publication>;

export function newPublication(title: string): Publication {
  return {
    title,
    subtitle: '',
    editors: [],
    organisation: '',
    year: null,
    isbn: null,
    licence: '',
    description: '',
    keywords: [],
    language: 'nl',
    templateId: 'werkplaats-a4',
    hyphenation: [],
  };
}
