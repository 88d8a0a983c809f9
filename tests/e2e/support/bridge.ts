/**
 * Starts the test bridge (`dist/main/web.cjs`, built by the global setup) on
 * a project file and reads the address it prints as its first line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningBridge {
  url: string;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../../..');

export async function startBridge(file: string): Promise<RunningBridge> {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'dist/main/web.cjs'), file], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`bridge exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
