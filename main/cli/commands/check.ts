import { message, type MessageKey } from '../../model/index.js';
import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { withProject } from '../project.js';

/** Exit code 1 when the project has problems: they are the user's to act on. */
export function run(args: string[], io: Io): number {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, ['cli.argument.file'], io.locale);
  const say = (key: MessageKey, params?: Record<string, string>) => `${message(io.locale, key, params)}\n`;
  return withProject(positionals[0]!, (store) => {
    const report = store.check();
    if (values.json) printJson(io, report);
    else if (report.ok) io.out(say('cli.check.ok'));
    else {
      // SQLite's integrity lines, the record types and the problems are technical English in either language.
      if (report.integrity.join() !== 'ok') io.out(`${message(io.locale, 'cli.check.damaged')}\n  ${report.integrity.join('\n  ')}\n`);
      for (const r of report.invalidRecords) io.out(say('cli.check.invalid', { type: r.type, id: r.id, problem: r.problem }));
      for (const b of report.brokenReferences) {
        io.out(say('cli.check.brokenReference', { toType: b.to.type, toId: b.to.id, fromType: b.from.type, fromId: b.from.id }));
      }
    }
    return report.ok ? 0 : 1;
  }, { readOnly: true });
}
