/** Saves forever (counter-save.ts), printing each N once it is committed. The kill test SIGKILLs it. */
import { openProject } from '../../../../main/store/index.js';
import { saveCounter } from './counter-save.js';

const file = process.argv[2]!;
const store = openProject(file);
let n = Number(/^versie (\d+)$/.exec(store.publication.get().subtitle)![1]);
process.stdout.write('started\n');

for (;;) {
  n += 1;
  saveCounter(store, n);
  process.stdout.write(`${n}\n`);
}
