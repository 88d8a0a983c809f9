import { execFileSync } from 'node:child_process';

/** Tests run the CLI as users do, so build it once before any test. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet', '--main'], { stdio: 'inherit' });
}
