import { openProject, type ProjectStore } from '../store/index.js';

/** Opens a project for one command and always closes it, also when the command fails. */
export function withProject<T>(path: string, fn: (store: ProjectStore) => T, options: { readOnly?: boolean } = {}): T {
  const store = openProject(path, options);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}
