// A visual's image file at 300 dpi of its size on the poster. PNG and JPEG
// pictures are written as they came in (a JPEG stays a .jpg: re-encoding
// would only lose quality or grow the file); an SVG's raster, made for its
// poster, is already a PNG, and one whose poster shows it as vectors is drawn
// for its file; a chart is drawn at the poster's scale (on the raster thread,
// while posters are painted).
import { drawingRenderOptions } from '../../visuals/png-drawing.js';
import { drawingToSvg } from '../../visuals/svg-drawing.js';
import { DPI, rasterised, type ReadyArt } from './art.js';
import type { RasterThread } from '../raster/index.js';
import type { VisualFile } from './export-visuals.js';

export async function visualImageFile(name: string, art: ReadyArt, widthInPoints: number, rasters: RasterThread): Promise<VisualFile> {
  if (art.kind === 'raster') return { name: `${name}.${art.mime === 'image/png' ? 'png' : 'jpg'}`, bytes: art.bytes };
  if (art.kind === 'vectors') return { name: `${name}.png`, bytes: (await rasterised({ bytes: art.svg }, widthInPoints, rasters)).bytes };
  // The drawing's own width is in points; the poster shows it larger.
  const options = drawingRenderOptions(art.drawing, (DPI * widthInPoints) / art.drawing.width);
  return { name: `${name}.png`, bytes: (await rasters.png(drawingToSvg(art.drawing), options, DPI)).png };
}
