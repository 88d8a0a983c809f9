import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { withProject } from '../project.js';

export const usage = 'check <bestand> [--json]       controleer het bestand en elk record';

/** Exit code 1 when the project has problems: they are the user's to act on. */
export function run(args: string[], io: Io): number {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, ['bestand']);
  return withProject(positionals[0]!, (store) => {
    const report = store.check();
    if (values.json) printJson(io, report);
    else if (report.ok) io.out('In orde: het bestand is heel en elk record is geldig.\n');
    else {
      if (report.integrity.join() !== 'ok') io.out(`Bestand beschadigd:\n  ${report.integrity.join('\n  ')}\n`);
      for (const r of report.invalidRecords) io.out(`Ongeldig: ${r.type} ${r.id}: ${r.problem}\n`);
      for (const b of report.brokenReferences) io.out(`Verwijzing naar ontbrekend ${b.to.type} ${b.to.id} in ${b.from.type} ${b.from.id}\n`);
    }
    return report.ok ? 0 : 1;
  }, { readOnly: true });
}
