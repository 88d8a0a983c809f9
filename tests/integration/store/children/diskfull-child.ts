/**
 * Run under a file-size limit: saves a small change that fits, then tries to
 * put a large image into the project (`put`) or to create a new project with
 * one (`create`), and prints the error codes it got as JSON.
 */
import { createHash } from 'node:crypto';
import { isUserError, type ProjectData } from '../../../../main/model/index.js';
import { createProject, openProject } from '../../../../main/store/index.js';

const [mode, file, bigSize, target] = process.argv.slice(2) as [string, string, string, string | undefined];
const big = new Uint8Array(Number(bigSize)).map((_, i) => (i * 7919) % 256);

function attempt(fn: () => unknown): string {
  try {
    fn();
    return 'saved';
  } catch (error) {
    return isUserError(error) ? error.code : String(error);
  }
}

const store = openProject(file);
const result: Record<string, string> = {};
if (mode === 'put') {
  result.small = attempt(() => store.workgroups.put({ id: 'wg-before', name: 'Voor de volle schijf', theme: '', description: '' }));
  result.big = attempt(() =>
    store.transaction(() => {
      const hash = store.images.put(big, 'image/png');
      store.visuals.put({ ...store.visuals.get('vis-photo')!, id: 'vis-big', source: { type: 'image', hash, mime: 'image/png', width: 9, height: 9 } });
    }),
  );
  result.after = attempt(() => store.workgroups.put({ id: 'wg-after', name: 'Na de volle schijf', theme: '', description: '' }));
} else {
  const data: ProjectData = store.exportData();
  data.images.push({ hash: createHash('sha256').update(big).digest('hex'), mime: 'image/png', bytes: big });
  result.create = attempt(() => createProject(target!, data));
}
result.close = attempt(() => store.close());
process.stdout.write(JSON.stringify(result));
