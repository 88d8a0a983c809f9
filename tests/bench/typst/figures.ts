/**
 * Figures: the image at the text width (never taller than the template's share
 * of the text area), "Figuur N. Titel", the caption and the credit below it.
 * Image bytes go into the workspace as they are (SVG as SVG, PNG and JPEG
 * as is) for Typst to decode and embed itself, as our export does. A chart is
 * drawn beforehand, as the DOCX writer draws it (the same Drawing our PDF
 * paints), and handed to Typst as SVG. At the top level a figure floats
 * (`placement: auto`), as our flow floats one that does not fit to the next page.
 */
import type { Template } from '../../../main/export/template/index.js';
import type { DocumentTree, Figure } from '../../../main/export/tree/types.js';
import { figuresOf } from '../../../main/export/tree/walk.js';
import { drawVisual } from '../../../main/visuals/draw.js';
import { templateMeasure } from '../../../main/visuals/measure.js';
import { drawingToSvg } from '../../../main/visuals/svg-drawing.js';
import type { Anchors } from './inlines.js';
import { MM_TO_PT, pt, rgb, str, text } from './literal.js';

interface Art {
  readonly bytes: Uint8Array;
  readonly ext: 'png' | 'jpg' | 'svg';
  /** Any unit: only the aspect counts. */
  readonly width: number;
  readonly height: number;
}

export class FigureWriter {
  /** Workspace path → bytes, for compile.ts to write. */
  readonly files = new Map<string, Uint8Array>();
  private readonly paths = new Map<Uint8Array, string>();

  private constructor(
    private readonly template: Template,
    private readonly labels: DocumentTree['labels'],
    private readonly charts: ReadonlyMap<Figure, Art>,
  ) {}

  /** Draws the tree's charts first (the only asynchronous part: the template's fonts measure their labels). */
  static async of(tree: DocumentTree, template: Template): Promise<FigureWriter> {
    const charts = new Map<Figure, Art>();
    const figures = figuresOf(tree);
    if (figures.some((f) => f.image.type === 'chart')) {
      const measure = await templateMeasure(template);
      const width = textWidth(template);
      for (const figure of figures) {
        if (figure.image.type !== 'chart') continue;
        try {
          const drawing = drawVisual(figure.image.data, template, { width, measure, title: figure.title, description: figure.altText });
          charts.set(figure, { bytes: Buffer.from(drawingToSvg(drawing), 'utf8'), ext: 'svg', width: drawing.width, height: drawing.height });
        } catch {
          // A chart that cannot be drawn becomes a placeholder, as in both writers.
        }
      }
    }
    return new FigureWriter(template, tree.labels, charts);
  }

  figure(node: Figure, topLevel: boolean, anchors: Anchors): string {
    const art = this.artOf(node);
    const width = textWidth(this.template);
    const maxHeight = textHeight(this.template) * this.template.figure.maxHeight;
    let body: string;
    if (art === null) {
      body = `block(width: 100%, height: ${pt(width / 2)}, stroke: 0.5pt + ${rgb(this.template.colors.muted)}, align(center + horizon, ${str(`[${this.labels.figure} ${node.number} — ${node.title}]`)}))`;
    } else {
      const path = this.pathOf(art);
      const scale = Math.min(width / art.width, maxHeight / art.height);
      // Nested in a box or list the measure is narrower: there the image takes the width it has.
      const size = topLevel ? `width: ${pt(art.width * scale)}, height: ${pt(art.height * scale)}` : 'width: 100%';
      body = `image(${str(path)}, ${size}, alt: ${str(node.altText || node.title)})`;
    }
    let caption = `#strong(${str(`${this.labels.figure} ${node.number}.`)})${text(node.title.trim() === '' ? '' : ` ${node.title}`)}`;
    if (node.caption.trim() !== '') caption += `#linebreak()${text(node.caption)}`;
    if (node.credit.trim() !== '') caption += `\n\n#p-credit[${text(node.credit)}]`;
    return `#figure(${body}, placement: ${topLevel ? 'auto' : 'none'}, numbering: none, caption: [${caption}])${anchors.place(node.anchor)}`;
  }

  private artOf(node: Figure): Art | null {
    const image = node.image;
    if (image.type === 'chart') return this.charts.get(node) ?? null;
    if (image.type !== 'image' || image.width <= 0 || image.height <= 0) return null;
    const ext = image.mime === 'image/svg+xml' ? 'svg' : image.mime === 'image/png' ? 'png' : 'jpg';
    return { bytes: image.bytes, ext, width: image.width, height: image.height };
  }

  /** One file per distinct image, however often it is shown. */
  private pathOf(art: Art): string {
    let path = this.paths.get(art.bytes);
    if (path === undefined) {
      path = `img/${this.paths.size + 1}.${art.ext}`;
      this.paths.set(art.bytes, path);
      this.files.set(path, art.bytes);
    }
    return path;
  }
}

function textWidth(t: Template): number {
  return (t.page.width - t.page.margins.inner - t.page.margins.outer) * MM_TO_PT;
}

function textHeight(t: Template): number {
  return (t.page.height - t.page.margins.top - t.page.margins.bottom) * MM_TO_PT;
}
