/** A project to click through: made with the CLI, as a user would, in a fresh temporary folder. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProject } from '../../../main/store/index.js';
import { generateProject, type ProjectSize } from '../../fixtures/large/index.js';

const root = path.resolve(import.meta.dirname, '../../..');

export interface TempProject {
  file: string;
  remove(): void;
}

/**
 * `demo` writes the demo project; `new` an empty one with this title;
 * `generated` the seeded generated project of that size (tests/fixtures/large).
 */
export function makeProject(how: { demo: true } | { title: string } | { generated: ProjectSize }): TempProject {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundel-e2e-'));
  const file = path.join(dir, 'project.bundel');
  if ('generated' in how) {
    createProject(file, generateProject({ size: how.generated, seed: 1 })).close();
    return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const args = 'demo' in how ? ['demo', file] : ['new', file, '--title', how.title];
  execFileSync(process.execPath, [path.join(root, 'bin/bundel.js'), ...args], { cwd: root, stdio: 'pipe' });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
