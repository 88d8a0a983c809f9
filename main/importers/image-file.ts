/**
 * An image file added as a visual (`bundel import <file> <image>`): read with
 * the same size guard as any file a user brings in, judged by its bytes
 * (PNG, JPEG, or an SVG sanitised), then stored and shown by one new visual
 * in one transaction. The title is the given one or the file's name.
 */
import { basename, extname } from 'node:path';
import { maxImageBytes, newId, type ImageMime, type Visual } from '../model/index.js';
import type { ProjectStore } from '../store/types.js';
import { readImage, type ImageFile } from '../visuals/image.js';
import { readInput } from './input.js';

/** Extensions that `bundel import` treats as an image (GIF and WebP to be refused as one, not as material). */
export const imageFileExtensions = new Set(['.png', '.jpg', '.jpeg', '.svg', '.gif', '.webp']);

const claimedType: Record<string, ImageMime> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };

export interface ImageFileRead extends ImageFile {
  /** The file's name without its extension: the visual's title unless one is given. */
  name: string;
}

/** Reads and judges the file before any project is opened for writing, so a refused image changes nothing. */
export function readImageFile(path: string): ImageFileRead {
  const image = readImage(readInput(path, maxImageBytes), claimedType[extname(path).toLowerCase()]);
  return { ...image, name: basename(path, extname(path)).trim().slice(0, 200) || basename(path).slice(0, 200) };
}

/** Stores the image and makes the visual that shows it, in one transaction. */
export function addImageVisual(store: ProjectStore, image: ImageFileRead, title?: string): Visual {
  return store.transaction(() => {
    const hash = store.images.put(image.bytes, image.mime);
    return store.visuals.put({
      id: newId(),
      title: title ?? image.name,
      source: { type: 'image', hash, mime: image.mime, width: image.width, height: image.height },
      caption: '',
      credit: '',
      altText: '',
      sessionId: null,
    });
  });
}
