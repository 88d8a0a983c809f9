import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../unit/ipc/sample-project.js';

// Built by the tests' global setup, as `npm run web` builds it.
const script = path.resolve('dist/main/web.cjs');
const children: ChildProcessWithoutNullStreams[] = [];
const projects: ReturnType<typeof tempProject>[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const p of projects.splice(0)) p.dispose();
});

function start(args: string[]): { child: ChildProcessWithoutNullStreams; firstLine: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [script, ...args], { stdio: 'pipe' });
  children.push(child);
  const firstLine = new Promise<string>((resolve) => {
    createInterface({ input: child.stdout }).once('line', resolve);
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, firstLine, exit };
}

function stderrOf(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    child.stderr.on('data', (c: Buffer) => (text += c.toString()));
    child.once('exit', () => resolve(text));
  });
}

describe('npm run web', () => {
  it('prints the address first, serves the project and stops cleanly', async () => {
    const project = tempProject();
    projects.push(project);
    const { child, firstLine, exit } = start([project.file, '--read-only']);
    const url = new URL(await firstLine);
    expect(url.hostname).toBe('127.0.0.1');
    const token = url.searchParams.get('token') ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const response = await fetch(new URL('/ipc', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bundel-token': token },
      body: JSON.stringify({ channel: 'project.info', payload: {} }),
    });
    expect(await response.json()).toMatchObject({ ok: true, value: { name: 'Proef', readOnly: true } });

    const write = await fetch(new URL('/ipc', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bundel-token': token },
      body: JSON.stringify({ channel: 'workgroups.delete', payload: { id: 'wg1' } }),
    });
    expect(await write.json()).toMatchObject({ ok: false, error: { code: 'readOnly' } });

    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('says in Dutch when the file is not there', async () => {
    const { child, exit } = start([path.resolve('does-not-exist.bundel')]);
    const stderr = stderrOf(child);
    expect(await exit).toBe(1);
    expect(await stderr).toContain('bestaat niet');
  });

  it('explains its arguments when called wrongly', async () => {
    const { child, exit } = start([]);
    const stderr = stderrOf(child);
    expect(await exit).toBe(2);
    expect(await stderr).toMatch(/^usage: npm run web -- <file\.bundel>/);
  });
});
