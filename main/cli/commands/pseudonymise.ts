import { message } from '../../model/index.js';
import { findContributor, pseudonymise, undoPseudonymisation } from '../../importers/index.js';
import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { withProject } from '../project.js';

export function run(args: string[], io: Io): void {
  const undo = args.includes('--undo');
  const { positionals, values } = parse(
    args,
    { undo: { type: 'boolean' }, json: { type: 'boolean' } },
    undo ? ['cli.argument.file', 'cli.argument.contributor'] : ['cli.argument.file', 'cli.argument.contributor', 'cli.argument.pseudonym'],
    io.locale,
  );
  const [file, who, pseudonym] = positionals as [string, string, string | undefined];
  withProject(file, (store) => {
    const contributor = findContributor(store, who);
    if (undo) {
      const result = undoPseudonymisation(store, contributor.id);
      if (values.json) return printJson(io, result);
      const lines = [message(io.locale, 'pseudonymise.cli.undone', { name: result.name, count: result.changed.length })];
      for (const r of result.changedSince) lines.push(message(io.locale, 'pseudonymise.cli.changedSince', { title: r.title, pseudonym: result.pseudonym }));
      return io.out(`${lines.join('\n')}\n`);
    }
    const result = pseudonymise(store, contributor.id, pseudonym!);
    if (values.json) return printJson(io, result);
    io.out(`${message(io.locale, 'pseudonymise.cli.done', { name: result.name, pseudonym: result.pseudonym, count: result.changed.length })}\n`);
  });
}
