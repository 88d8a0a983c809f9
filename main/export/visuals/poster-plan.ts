// Every poster planned before any is painted: its page, its layout, and its
// art sent to the raster thread. The posters whose art is rasterised are
// planned first, so that the raster thread starts on it while the others are
// laid out and the posters are painted in order.
import type { ProjectData, Visual } from '../../model/index.js';
import type { Template } from '../template/index.js';
import type { Edition, PageGeometry } from '../pdf/document/geometry.js';
import { aspectOf, oversampled, readyArt, type ReadyArt } from './art.js';
import type { VisualFile } from './export-visuals.js';
import { visualImageFile } from './image-file.js';
import { posterGeometry, type PosterSize } from './poster-geometry.js';
import { layoutPoster, type PosterLayout } from './poster-layout.js';
import type { PosterParagraphs } from './poster-paragraphs.js';
import { alternativeText, posterTexts } from './poster-texts.js';
import type { RasterThread } from '../raster/index.js';
import type { PosterSource } from './sources.js';

export interface PosterPlan {
  readonly visual: Visual;
  /** Null: the visual's image is not in the file. */
  readonly poster: {
    readonly g: PageGeometry;
    readonly layout: PosterLayout;
    readonly alt: string;
    /** The art to paint; rejects when an SVG does not draw. */
    readonly ready: Promise<ReadyArt>;
    /** The art comes back from the raster thread (an SVG picture's raster). */
    readonly awaitsRaster: boolean;
    readonly image: Promise<VisualFile>;
  } | null;
}

export interface PlanSettings {
  readonly data: ProjectData;
  readonly template: Template;
  readonly size: PosterSize;
  readonly edition: Edition;
  /** File names without extension, one per source. */
  readonly names: readonly string[];
  readonly paragraphs: PosterParagraphs;
  readonly rasters: RasterThread;
}

/** One plan per source, in the sources' order. */
export function planPosters(sources: readonly PosterSource[], settings: PlanSettings): PosterPlan[] {
  const shown = sources.filter((s) => s.art !== null).map((s) => s.visual);
  const plans: PosterPlan[] = [];
  for (const i of rasterFirst(sources)) plans[i] = plan(sources[i]!, settings.names[i]!, shown, settings);
  return plans;
}

function plan({ visual, art: source }: PosterSource, name: string, shown: readonly Visual[], settings: PlanSettings): PosterPlan {
  if (source === null) return { visual, poster: null };
  const { data, template, rasters } = settings;
  const aspect = aspectOf(source);
  const g = posterGeometry(template, settings.size, settings.edition, aspect);
  const layout = layoutPoster(g, posterTexts(data.publication, visual, shown.indexOf(visual), shown.length), aspect, template, settings.paragraphs);
  const art = oversampled(source, layout.art.width);
  // The SVG picture itself as vectors; a PNG wrapped in one is only ever drawn.
  const ready = readyArt(art, layout.art.width, rasters, art === source);
  // A chart's image is sent to be drawn now, while the other posters are laid out; an SVG's is its poster's raster.
  // A PNG's is the file as it came in, however many pixels its poster's picture was drawn at.
  const image = source.kind === 'svg' ? ready.then((r) => visualImageFile(name, r, layout.art.width, rasters)) : visualImageFile(name, source, layout.art.width, rasters);
  // Awaited in order when painting, or dropped with their poster; not unhandled rejections meanwhile.
  ready.catch(() => {});
  image.catch(() => {});
  return { visual, poster: { g, layout, alt: alternativeText(visual), ready, awaitsRaster: art.kind === 'svg', image } };
}

/** Indices of the sources: the SVG pictures first (their rasters are also their posters' pictures), then the charts, then the rest. */
function rasterFirst(sources: readonly PosterSource[]): number[] {
  const rank = ({ art }: PosterSource): number => (art?.kind === 'svg' ? 0 : art?.kind === 'drawing' ? 1 : 2);
  return [...sources.keys()].sort((a, b) => rank(sources[a]!) - rank(sources[b]!) || a - b);
}
