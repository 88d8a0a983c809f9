// A visual's image file at 300 dpi of its size on the poster. PNG and JPEG
// pictures are written as they came in (a JPEG stays a .jpg: re-encoding
// would only lose quality or grow the file); an SVG's raster, made for the
// posters, is already a PNG; a chart is drawn at the poster's scale (on
// libuv's threads, while the next posters are painted).
import { drawingToPngAsync } from '../../visuals/png-drawing.js';
import { DPI, type ReadyArt } from './art.js';
import { withDpi } from './png.js';
import type { VisualFile } from './export-visuals.js';

export async function visualImageFile(name: string, art: ReadyArt, widthInPoints: number): Promise<VisualFile> {
  if (art.kind === 'raster') return { name: `${name}.${art.mime === 'image/png' ? 'png' : 'jpg'}`, bytes: art.bytes };
  // The drawing's own width is in points; the poster shows it larger.
  const png = await drawingToPngAsync(art.drawing, (DPI * widthInPoints) / art.drawing.width);
  return { name: `${name}.png`, bytes: withDpi(png, DPI) };
}
