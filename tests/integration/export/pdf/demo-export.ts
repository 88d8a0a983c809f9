// The demo exported once per template and edition for all tests of a file,
// written to tests/artifacts so the pages can be looked at.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { demoProject } from '../../../../main/demo/index.js';
import { exportPdf, type PdfReport } from '../../../../main/export/pdf/index.js';
import { loadTemplate, type Template } from '../../../../main/export/template/index.js';
import { buildDocument, type DocumentTree } from '../../../../main/export/tree/index.js';
import { artifactPath } from '../../../unit/export/pdf/fixtures.js';

export interface Exported {
  readonly file: string;
  readonly report: PdfReport;
  readonly tree: DocumentTree;
  readonly template: Template;
}

/** Both templates in both editions. */
export const DEMO_CASES = [
  ['werkplaats-a4', 'screen'],
  ['werkplaats-a4', 'print'],
  ['bundel-a5', 'screen'],
  ['bundel-a5', 'print'],
] as const;

const exports = new Map<string, Promise<Exported>>();

export function exportDemo(templateId: string, edition: 'screen' | 'print'): Promise<Exported> {
  const key = `${templateId}-${edition}`;
  let found = exports.get(key);
  if (found === undefined) {
    found = (async () => {
      const tree = buildDocument(demoProject());
      const template = loadTemplate(templateId);
      const { bytes, report } = await exportPdf(tree, template, { edition });
      const file = artifactPath(`demo-${key}.pdf`);
      writeFileSync(file, bytes);
      // Pages to look at: the cover, the contents and the first chapter's opening.
      for (const [name, page] of [['cover', 1], ['toc', report.tocPages[0] ?? 1], ['opening', report.chapters[2]?.firstPage ?? 1]] as const) {
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, artifactPath(`demo-${key}-${name}`)]);
      }
      return { file, report, tree, template };
    })();
    exports.set(key, found);
  }
  return found;
}
