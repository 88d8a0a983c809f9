import { keyedProblem, UserError } from '../../model/index.js';
import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { withProject } from '../project.js';

export const usage = 'search <bestand> <zoekterm> [--json]  zoek in materiaal en hoofdstukken';

export function run(args: string[], io: Io): void {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, ['bestand', 'zoekterm']);
  const [file, query] = positionals as [string, string];
  if (!query.trim()) throw new UserError('invalidArguments', keyedProblem('problem.queryMissing'));
  withProject(file, (store) => {
    const hits = store.search(query, 50);
    if (values.json) return printJson(io, hits);
    if (hits.length === 0) return io.out('Niets gevonden.\n');
    for (const hit of hits) io.out(`${hit.type === 'material' ? 'materiaal' : 'hoofdstuk'}  ${hit.title}\n    ${hit.snippet}\n`);
  });
}
