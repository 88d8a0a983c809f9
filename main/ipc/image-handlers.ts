/**
 * Images brought in through the app, and the room they get in print. The
 * bytes are judged in main (readImage: PNG and JPEG by their bytes, SVG
 * sanitised); the renderer gets back the real type and size for its visual.
 * A chart visual comes back drawn, as SVG.
 */
import type { ProjectStore } from '../store/types.js';
import { readImage } from '../visuals/image.js';
import { publicationColumn } from '../visuals/print-column.js';
import { projectChartSvg } from '../visuals/project-chart.js';
import type { Handlers } from './handlers.js';

type ImageChannels = 'images.put' | 'visuals.printColumn' | 'visuals.chart';

export function imageHandlers(store: ProjectStore): Pick<Handlers, ImageChannels> {
  return {
    'images.put': ({ bytes, mime }) => {
      const image = readImage(new Uint8Array(Buffer.from(bytes, 'base64')), mime);
      return { hash: store.images.put(image.bytes, image.mime), mime: image.mime, width: image.width, height: image.height };
    },
    'visuals.printColumn': () => publicationColumn(store),
    'visuals.chart': ({ id }) => {
      const visual = store.visuals.get(id);
      return visual === undefined ? null : projectChartSvg(store, visual);
    },
  };
}

