/**
 * A Drawing as a PNG at a resolution (300 dpi for print, the DOCX fallback):
 * its SVG drawn by resvg with the bundled font files, never the system's, so
 * the raster sets its labels in the same faces as the PDF on every machine.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { bundledFamilyFiles } from '../export/pdf/fonts/index.js';
import type { Drawing, Face } from './drawing.js';
import { drawingToSvg } from './svg-drawing.js';

const fallback: Face = { family: 'Source Sans 3', bold: false, italic: false };

/** The pixel width of a drawing at `dpi` (its width is in points, 72 to the inch). */
export function pixelWidth(drawing: Drawing, dpi: number): number {
  return Math.max(1, Math.round((drawing.width * dpi) / 72));
}

export function drawingToPng(drawing: Drawing, dpi: number): Uint8Array {
  return new Resvg(drawingToSvg(drawing), drawingRenderOptions(drawing, dpi)).render().asPng();
}

/** resvg's options for the drawing's SVG at `dpi`, for a writer that renders it elsewhere (the visuals export's raster thread, the DOCX fallbacks). */
export function drawingRenderOptions(drawing: Drawing, dpi: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: pixelWidth(drawing, dpi) },
    background: 'white',
    font: { loadSystemFonts: false, fontFiles: fontFiles(drawing), defaultFontFamily: fallback.family },
  };
}

/** Only the faces the drawing sets: resvg parses every file it is given on every render. */
function fontFiles(drawing: Drawing): string[] {
  const files = new Set<string>([faceFile(fallback)]);
  for (const shape of drawing.shapes) if (shape.type === 'text') files.add(faceFile(shape.face));
  return [...files];
}

/** Each face's file looked up once: finding a package's files resolves paths on the disk. */
const faceFiles = new Map<string, string>();

function faceFile(face: Face): string {
  const key = `${face.family}/${face.bold ? 'b' : ''}${face.italic ? 'i' : ''}`;
  let file = faceFiles.get(key);
  if (file === undefined) {
    const files = bundledFamilyFiles(face.family);
    file = face.bold ? (face.italic ? files.boldItalic : files.bold) : face.italic ? files.italic : files.regular;
    faceFiles.set(key, file);
  }
  return file;
}
