/**
 * Typst's side of the PDF bench: the document tree as Typst markup (markup.ts)
 * written into a temporary workspace with its images, compiled to PDF by the
 * real Typst compiler (@myriaddreamin/typst-ts-node-compiler, a native addon)
 * in a fresh Node process (child.mjs), with the TTF files our PDF embeds as its
 * only fonts besides Typst's own. A compile error fails with Typst's message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundledFamilyFiles } from '../../../main/export/pdf/fonts/bundled.js';
import { FontName, type Template } from '../../../main/export/template/index.js';
import type { DocumentTree } from '../../../main/export/tree/types.js';
import { typstDocument } from './markup.js';

export const TYPST_PACKAGE = '@myriaddreamin/typst-ts-node-compiler';

/** The bench runs from the repository's root (tests/bench/run.mjs sees to it); the child script is found from there. */
const root = process.cwd();

export function typstInstalled(): boolean {
  try {
    createRequire(path.join(root, 'package.json')).resolve(TYPST_PACKAGE);
    return true;
  } catch {
    return false;
  }
}

export interface TypstResult {
  /** From NodeCompiler.create to the PDF's bytes, in the child process. */
  readonly ms: number;
  /** Writing the markup from the tree (charts drawn included), in this process; not part of `ms`. */
  readonly markupMs: number;
  readonly pages: number;
  readonly pdf: Uint8Array;
  readonly sourceChars: number;
  readonly warnings: readonly string[];
}

export async function typstToPdf(tree: DocumentTree, template: Template): Promise<TypstResult> {
  const started = performance.now();
  const document = await typstDocument(tree, template);
  const markupMs = performance.now() - started;
  const dir = mkdtempSync(path.join(tmpdir(), 'bundel-bench-typst-'));
  try {
    writeFileSync(path.join(dir, 'main.typ'), document.main);
    for (const [file, bytes] of document.files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), bytes);
    }
    const child = path.join(root, 'tests/bench/typst/child.mjs');
    if (!existsSync(child)) throw new Error(`${child} is missing: run the bench from the repository's root`);
    const out = path.join(dir, 'out.pdf');
    const run = spawnSync(process.execPath, [child, dir, 'main.typ', out, ...fontFiles(template)], { encoding: 'utf8', timeout: 600_000 });
    if (run.status !== 0) throw new Error(`Typst failed (status ${run.status ?? run.signal}):\n${run.stderr}${run.error?.message ?? ''}`);
    const { ms, pages, warnings } = JSON.parse(run.stdout) as { ms: number; pages: number; warnings: string[] };
    return { ms, markupMs, pages, pdf: readFileSync(out), sourceChars: document.main.length, warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The regular, italic, bold and bold-italic TTFs of every family the template names: what our PDF embeds. */
function fontFiles(template: Template): string[] {
  const families = new Set<FontName>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'font' && FontName.safeParse(inner).success) families.add(inner as FontName);
      else visit(inner);
    }
  };
  visit(template);
  return [...families].flatMap((family) => Object.values(bundledFamilyFiles(family)));
}
