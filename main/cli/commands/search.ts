import { keyedProblem, message, UserError, type Locale } from '../../model/index.js';
import type { SearchHit } from '../../store/index.js';
import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { withProject } from '../project.js';

export function run(args: string[], io: Io): void {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, ['cli.argument.file', 'cli.argument.query'], io.locale);
  const [file, query] = positionals as [string, string];
  if (!query.trim()) throw new UserError('invalidArguments', keyedProblem('problem.queryMissing'));
  withProject(file, (store) => {
    const hits = store.search(query, 50);
    if (values.json) return printJson(io, hits);
    if (hits.length === 0) return io.out(`${message(io.locale, 'cli.search.nothing')}\n`);
    const kind = kindLabels(io.locale);
    for (const hit of hits) io.out(`${kind[hit.type]}  ${hit.title}\n    ${hit.snippet}\n`);
  });
}

/** "materiaal" and "hoofdstuk", padded to one width so that the titles line up in any language. */
function kindLabels(locale: Locale): Record<SearchHit['type'], string> {
  const material = message(locale, 'record.material');
  const chapter = message(locale, 'record.chapter');
  const width = Math.max(material.length, chapter.length);
  return { material: material.padEnd(width), chapter: chapter.padEnd(width) };
}
