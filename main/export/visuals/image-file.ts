// A visual's image file at 300 dpi of its size on the poster. PNG and JPEG
// pictures are written as they came in (a JPEG stays a .jpg: re-encoding
// would only lose quality or grow the file); an SVG's raster, made once for
// the posters, becomes a PNG; a chart is drawn at the poster's scale.
import { drawingToPng } from '../../visuals/png-drawing.js';
import { DPI, type ReadyArt } from './art.js';
import { encodePng, withDpi } from './png.js';
import type { VisualFile } from './export-visuals.js';

export function visualImageFile(name: string, art: ReadyArt, widthInPoints: number): VisualFile {
  switch (art.kind) {
    case 'raster':
      return { name: `${name}.${art.mime === 'image/png' ? 'png' : 'jpg'}`, bytes: art.bytes };
    case 'pixels':
      return { name: `${name}.png`, bytes: encodePng(art.pixels, DPI) };
    case 'drawing': {
      // The drawing's own width is in points; the poster shows it larger.
      const dpi = (DPI * widthInPoints) / art.drawing.width;
      return { name: `${name}.png`, bytes: withDpi(drawingToPng(art.drawing, dpi), DPI) };
    }
  }
}
