import { label, message } from '../../model/index.js';
import type { ProjectStore } from '../../store/index.js';
import { parse } from '../args.js';
import { printJson, type Io } from '../io.js';
import { withProject } from '../project.js';

export function summary(store: ProjectStore) {
  const material = store.material.summaries();
  const brief = (m: (typeof material)[number]) => ({ id: m.id, title: m.title, kind: m.kind });
  return {
    title: store.publication.get().title,
    counts: store.counts(),
    chapters: store.chapters.summaries().map((c) => ({ id: c.id, title: c.title, kind: c.kind })),
    withoutConsent: material.filter((m) => m.consent !== 'given').map((m) => ({ ...brief(m), consent: m.consent })),
    unused: material.filter((m) => m.usedIn.length === 0).map(brief),
  };
}

export function run(args: string[], io: Io): void {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, ['cli.argument.file'], io.locale);
  withProject(positionals[0]!, (store) => {
    const info = summary(store);
    if (values.json) return printJson(io, info);
    // The counts are the sentences' params, each naming those it shows; spread, as an interface is no params record.
    const counts = { ...info.counts };
    io.out(
      [
        info.title,
        message(io.locale, 'cli.info.counts', counts),
        message(io.locale, 'cli.info.people', counts),
        '',
        ...info.chapters.map((ch, i) => `${String(i + 1).padStart(3)}. ${ch.title} (${label(io.locale, 'chapterKind', ch.kind)})`),
        '',
        message(io.locale, 'cli.info.attention', { withoutConsent: info.withoutConsent.length, unused: info.unused.length }),
        '',
      ].join('\n'),
    );
  });
}
