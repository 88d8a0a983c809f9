// `npm run security`: scans main/ with electronegativity and fails on a HIGH or
// MEDIUM finding that main/electron/SECURITY.md does not explain. The
// explanations are that file's table rows: `CHECK_ID` | `path/of/file.ts` | reason.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const explanations = path.join(root, 'main/electron/SECURITY.md');

/** RFC 4180 enough for electronegativity's output: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      endField();
    } else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

function explained() {
  const rows = readFileSync(explanations, 'utf8').split('\n');
  const allowed = new Map();
  for (const line of rows) {
    const match = /^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|(.+)\|\s*$/.exec(line);
    if (match && match[3].trim().length > 20) allowed.set(`${match[1]} ${match[2]}`, match[3].trim());
  }
  return allowed;
}

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-security-'));
const report = path.join(dir, 'report.csv');
try {
  execFileSync(
    process.execPath,
    [require.resolve('@doyensec/electronegativity/dist/index.js'), '-i', 'main', '-e', electronVersion, '-v', 'false', '-o', report],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const [header, ...rows] = parseCsv(readFileSync(report, 'utf8')).filter((r) => r.length > 1);
  const column = (name) => header.indexOf(name);
  const [issue, severity, file, location] = ['issue', 'severity', 'filename', 'location'].map(column);
  const allowed = explained();
  const used = new Set();
  const unexplained = [];
  for (const row of rows) {
    if (!['HIGH', 'MEDIUM'].includes(row[severity])) continue;
    const key = `${row[issue]} ${path.relative(root, path.resolve(root, row[file])).split(path.sep).join('/')}`;
    if (allowed.has(key)) used.add(key);
    else unexplained.push(`${row[severity]} ${row[issue]} ${row[file]}:${row[location]}`);
  }
  for (const key of allowed.keys()) if (!used.has(key)) console.log(`note: explained but no longer reported: ${key}`);
  console.log(`electronegativity (Electron ${electronVersion}): ${rows.length} findings, ${used.size} explained high/medium, ${unexplained.length} unexplained`);
  if (unexplained.length > 0) {
    console.error(`Unexplained findings (answer them in code, or explain them in ${path.relative(root, explanations)}):`);
    for (const line of unexplained) console.error(`  ${line}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
