/**
 * Opens a project it may not write to, reads everything, tries to write, and
 * prints what it saw and which errors the writes gave.
 */
import { isUserError } from '../../../../main/model/index.js';
import { openProject } from '../../../../main/store/index.js';

const store = openProject(process.argv[2]!);
const data = store.exportData();
const attempts: (() => unknown)[] = [
  () => store.publication.put({ ...data.publication, subtitle: 'gewijzigd' }),
  () => store.chapters.put({ ...data.chapters[0]!, title: 'gewijzigd' }),
  () => store.material.delete('mat-practice'),
  () => store.images.put(new Uint8Array([1, 2, 3]), 'image/png'),
  () => store.snapshots.take('ch-one', 'x'),
];
const errors = attempts.map((attempt) => {
  try {
    attempt();
    return 'saved';
  } catch (error) {
    return isUserError(error) ? error.code : String(error);
  }
});
const result = {
  readOnly: store.readOnly,
  publication: data.publication,
  chapters: data.chapters,
  material: data.material,
  imageHashes: data.images.map((i) => i.hash),
  check: store.check().ok,
  errors,
};
store.close();
process.stdout.write(JSON.stringify(result));
