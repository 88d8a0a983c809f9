/** Whether two authors are the same person: as main decides it (name and initials, case and spaces aside). */
import type { Author } from '../../main/model/index.js';

export function sameAuthor(a: Author, b: Author): boolean {
  const norm = (s: string) => s.trim().toLocaleLowerCase('nl');
  return norm(a.name) === norm(b.name) && norm(a.initials) === norm(b.initials);
}
