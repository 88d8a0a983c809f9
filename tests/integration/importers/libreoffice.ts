/**
 * Real third-party documents for the importers: LibreOffice converts files a
 * test writes (flat ODT, HTML, CSV) to DOCX or XLSX. Each run has its own
 * profile, so parallel test files do not fight over LibreOffice's lock.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Whether LibreOffice Calc is installed (Debian's libreoffice-calc-nogui): it writes the XLSX files. */
export function hasCalc(): boolean {
  return existsSync('/usr/lib/libreoffice/program/libsclo.so');
}

/**
 * Converts `inputs` (all in one folder) with `soffice --convert-to target`, reading them with
 * `infilter` when given; returns the outputs' paths, in order.
 */
export function convert(inputs: string[], target: string, outDir: string, infilter?: string): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), 'bundel-lo-profile-'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      target,
      '--outdir',
      outDir,
      ...inputs,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const extension = `.${target.split(':')[0]}`;
  const made = new Set(readdirSync(outDir));
  return inputs.map((input) => {
    const out = `${path.basename(input, path.extname(input))}${extension}`;
    if (!made.has(out)) throw new Error(`LibreOffice did not write ${out}`);
    return path.join(outDir, out);
  });
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A flat ODT document: `body` is office:text content; styles T1 (italic), T2 (bold), fr1 (an image frame), L1 (bullets) and L2 (numbers) are defined. */
export function flatOdt(body: string, title = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
  <office:meta>${title ? `<dc:title>${escape(title)}</dc:title>` : ''}</office:meta>
  <office:automatic-styles>
    <style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
    <style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
    <style:style style:name="fr1" style:family="graphic"/>
    <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
    <text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
  </office:automatic-styles>
  <office:body><office:text>${body}</office:text></office:body>
</office:document>`;
}

