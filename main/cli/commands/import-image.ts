/**
 * `bundel import <file> <image>`: an image as a new visual. Prints, as the
 * Word and list imports do, one line per fact — the visual, its size at
 * 300 dpi and whether that is sharp across the template's text column, what
 * sanitising took out of an SVG — or all of it as JSON with --json.
 */
import { centimetres, keyedProblem, message, printFit, sizeAtDpi, UserError, type Locale, type PrintColumn, type Visual } from '../../model/index.js';
import { addImageVisual, readImageFile, type ImageFileRead } from '../../importers/image-file.js';
import { publicationColumn } from '../../visuals/print-column.js';
import { printJson, type Io } from '../io.js';
import { withProject } from '../project.js';

export function importImage(project: string, source: string, values: Record<string, string | boolean | undefined>, io: Io): void {
  const title = typeof values.title === 'string' ? values.title.trim() : undefined;
  if (title === '') throw new UserError('invalidArguments', keyedProblem('problem.titleEmpty'));
  // Judged before the project is opened for writing: a refused image leaves it byte for byte as it was.
  const image = readImageFile(source);
  const { visual, column } = withProject(project, (store) => ({ visual: addImageVisual(store, image, title), column: publicationColumn(store) }));
  if (values.json) return printJson(io, report(source, image, visual, column));
  io.out(describe(source, image, visual, column, io.locale));
}

function report(file: string, image: ImageFileRead, visual: Visual, column: PrintColumn) {
  const raster = image.mime !== 'image/svg+xml';
  const mm = sizeAtDpi(image);
  const fit = printFit(image, column);
  return {
    file,
    format: formatOf(image),
    visual,
    removed: image.removed,
    printSize: raster ? { dpi: 300, widthCm: round(mm.width / 10), heightCm: round(mm.height / 10) } : null,
    column: raster ? { ...column, dpi: Math.round(fit.dpi), pixelsNeeded: fit.pixelsNeeded, sharp: fit.sharp } : { ...column, sharp: true },
  };
}

function describe(file: string, image: ImageFileRead, visual: Visual, column: PrintColumn, locale: Locale): string {
  const units = message(locale, image.mime === 'image/svg+xml' ? 'import.cli.userUnits' : 'import.cli.pixels');
  const lines = [message(locale, 'import.cli.visual', { title: visual.title, file, type: formatOf(image).toUpperCase(), width: image.width, height: image.height, units })];
  if (image.mime === 'image/svg+xml') {
    lines.push(message(locale, 'ui.visuals.vector'));
    if (image.removed.length) lines.push(message(locale, 'import.cli.sanitised', { count: image.removed.length }));
  } else {
    const mm = sizeAtDpi(image);
    lines.push(message(locale, 'import.cli.printSize', { width: centimetres(mm.width, locale), height: centimetres(mm.height, locale) }));
    const fit = printFit(image, column);
    const params = { template: column.template, column: centimetres(column.width, locale), dpi: Math.round(fit.dpi), pixels: fit.pixelsNeeded };
    lines.push(message(locale, fit.sharp ? 'ui.visuals.sharp' : 'ui.visuals.tooSmall', params));
  }
  return `${lines.join('\n')}\n`;
}

function formatOf(image: ImageFileRead): 'png' | 'jpeg' | 'svg' {
  return image.mime === 'image/png' ? 'png' : image.mime === 'image/jpeg' ? 'jpeg' : 'svg';
}

function round(cm: number): number {
  return Math.round(cm * 10) / 10;
}
