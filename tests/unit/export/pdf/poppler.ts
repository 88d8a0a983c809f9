// Independent readers of the PDFs we write: poppler-utils and qpdf.
import { execFileSync, spawnSync } from 'node:child_process';
import { PNG } from 'pngjs';

export function pdftotext(file: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

export interface FontRow {
  readonly name: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  readonly unicode: boolean;
}

export function pdffonts(file: string): FontRow[] {
  // name, type (may hold spaces), encoding, emb, sub, uni, object id, generation
  return tableRows('pdffonts', [file]).map((cells) => {
    const [emb, sub, uni] = cells.slice(-5, -2);
    return { name: cells[0]!, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
  });
}

/** The cells of each row of a poppler tool's table, below its two heading lines. */
function tableRows(tool: string, args: string[]): string[][] {
  return execFileSync(tool, args, { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/u));
}

export function qpdfCheck(file: string): { status: number | null; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The file rewritten with uncompressed streams, so content operators can be read. */
export function uncompressedContent(file: string): string {
  return execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { encoding: 'latin1', maxBuffer: 64 << 20 });
}

export interface BoxedWord {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
}

/** Lines of words with their boxes, as `pdftotext -bbox-layout` reads them. */
export function wordBoxes(file: string): BoxedWord[][] {
  const html = pdftotext(file, '-bbox-layout');
  return [...html.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/gu)].map((line) =>
    [...line[1]!.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/gu)].map((w) => ({
      text: decode(w[3]!),
      xMin: Number(w[1]),
      xMax: Number(w[2]),
    })),
  );
}

function decode(text: string): string {
  return text.replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"');
}

export function renderPng(file: string, outputPrefix: string, resolution = 80): void {
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), '-f', '1', '-l', '1', file, outputPrefix]);
}

export interface ImageRow {
  readonly page: number;
  /** `image`, or `smask` for an image's alpha. */
  readonly type: string;
  readonly width: number;
  readonly height: number;
  /** `jpeg` (DCT, as embedded), `image` (Flate), … */
  readonly encoding: string;
  readonly xPpi: number;
}

/** The images `pdfimages -list` finds, page by page. */
export function pdfimages(file: string): ImageRow[] {
  // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
  return tableRows('pdfimages', ['-list', file]).map((cells) => ({
    page: Number(cells[0]),
    type: cells[2]!,
    width: Number(cells[3]),
    height: Number(cells[4]),
    encoding: cells[8]!,
    xPpi: Number(cells[12]),
  }));
}

/** A page rendered by pdftoppm, as pixels: the colour at a point given in fractions of the page's width and height from its top left. */
export function renderedColours(file: string, page = 1, resolution = 36): (x: number, y: number) => [number, number, number] {
  const png = PNG.sync.read(execFileSync('pdftoppm', ['-png', '-r', String(resolution), '-f', String(page), '-l', String(page), '-singlefile', file], { maxBuffer: 1 << 28 }));
  return (x, y) => {
    const at = (Math.floor(y * png.height) * png.width + Math.floor(x * png.width)) * 4;
    return [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
  };
}
