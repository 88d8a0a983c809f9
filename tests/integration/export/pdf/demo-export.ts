// The demo exported once per template and edition for all tests of a file,
// written to tests/artifacts so the pages can be looked at.
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
      return { file, report, tree, template };
    })();
    exports.set(key, found);
  }
  return found;
}
