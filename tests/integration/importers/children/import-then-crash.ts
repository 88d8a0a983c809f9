/**
 * Imports a list into a project and is killed right after the import's
 * commit, before the items are indexed for search: what a crash (or power
 * loss) just after an import leaves behind.
 */
import { applyImport, preview } from '../../../../main/importers/index.js';
import { openProject } from '../../../../main/store/index.js';

const [file, list] = process.argv.slice(2) as [string, string];

async function main(): Promise<void> {
  const store = openProject(file);
  const plan = await preview(store, list);
  applyImport(store, plan, { keepDuplicates: true });
  process.stdout.write('committed\n', () => process.kill(process.pid, 'SIGKILL'));
}

void main();
