/** A project to click through: made with the CLI, as a user would, in a fresh temporary folder. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export interface TempProject {
  file: string;
  remove(): void;
}

/** `demo` writes the demo project; `new` an empty one with this title. */
export function makeProject(how: { demo: true } | { title: string }): TempProject {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundel-e2e-'));
  const file = path.join(dir, 'project.bundel');
  const args = 'demo' in how ? ['demo', file] : ['new', file, '--title', how.title];
  execFileSync(process.execPath, [path.join(root, 'bin/bundel.js'), ...args], { cwd: root, stdio: 'pipe' });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
