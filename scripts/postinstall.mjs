// After `npm install`: rebuild native modules (better-sqlite3) for Electron when
// the Electron binary is present. Where it was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD,
// as on the build machines) the Node build stays, which the CLI and the tests use.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

if (process.env.CI || !electronBinary()) {
  console.log('bundel: Electron binary absent; native modules stay built for Node.');
} else {
  execFileSync('npx', ['electron-builder', 'install-app-deps'], { stdio: 'inherit' });
}
