/**
 * Nothing is lost when Bundel is killed: a child saves in a loop and is
 * SIGKILLed at random moments, over and over on the same file. After each kill
 * the file opens, checks sound, and all records agree on one save that is at
 * least the last one the child reported as committed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainText } from '../../../main/model/index.js';
import { createProject, openProject } from '../../../main/store/index.js';
import { bundleScript } from '../../support/bundle.js';
import { sampleProject } from '../../fixtures/sample-project.js';
import { scratchDir } from '../../support/store-files.js';
import { saveCounter } from './children/counter-save.js';

const ROUNDS = 40;
let child: string;
beforeAll(async () => {
  child = await bundleScript('tests/integration/store/children/kill-child.ts');
});

/** Runs the child until it has started, lets it save for `delayMs`, kills it; returns the last N it committed. */
function runAndKill(file: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let started = false;
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!started && out.includes('started\n')) {
        started = true;
        setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    proc.on('error', reject);
    proc.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended on its own: ${err || out}`));
      const committed = out.split('\n').filter((line) => /^\d+$/.test(line));
      resolve(committed.length ? Number(committed[committed.length - 1]) : 0);
    });
  });
}

/** The one N every record of the last save agrees on. */
function savedCounter(file: string): number {
  const store = openProject(file);
  try {
    expect(store.check()).toMatchObject({ ok: true, integrity: ['ok'], invalidRecords: [], brokenReferences: [] });
    const visual = store.visuals.get('vis-photo')!;
    const hash = visual.source.type === 'image' ? visual.source.hash : '';
    const image = new TextDecoder().decode(store.images.get(hash)!.bytes.subarray(0, 20)).split('\n')[0];
    const seen = new Set([
      store.publication.get().subtitle,
      plainText(store.chapters.get('ch-preface')!.body),
      store.material.get('mat-story')!.title,
      visual.title,
      image,
    ]);
    expect([...seen]).toHaveLength(1);
    const [label] = [...seen];
    return Number(/^versie (\d+)$/.exec(label!)![1]);
  } finally {
    store.close();
  }
}

describe('killing Bundel while it saves', () => {
  it(`loses nothing committed, ${ROUNDS} kills in a row`, async () => {
    const file = path.join(scratchDir(), 'kill.bundel');
    // The first state is save 0, so a kill before the child's first commit leaves a file whose records agree too.
    const store = createProject(file, sampleProject());
    saveCounter(store, 0);
    store.close();
    let previous = 0;
    let totalSaves = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const committed = await runAndKill(file, 5 + Math.floor(Math.random() * 146));
      const saved = savedCounter(file);
      expect(saved).toBeGreaterThanOrEqual(committed);
      expect(saved).toBeGreaterThanOrEqual(previous);
      totalSaves += saved - previous;
      previous = saved;
    }
    // The child really was saving when it was killed, not just starting.
    expect(totalSaves).toBeGreaterThan(ROUNDS);
  }, 240_000);
});
