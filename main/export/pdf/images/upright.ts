// A photo the camera turned is drawn upright: the image stays as stored (a
// JPEG passes through untouched, no pixel is decoded) and the matrix that
// places it turns or mirrors it as its EXIF orientation says. PDF viewers
// show an image's pixels as stored, where browsers and photo viewers turn them.
import { concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, type PDFImage, type PDFPage } from 'pdf-lib';
import type { Orientation } from '../../../visuals/orientation.js';

/** Where a picture goes as it is shown: the lower-left corner in PDF coordinates, and its size. */
export interface ImageBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Per orientation, where a stored point (u, v) of the image's unit square goes
 * in the box's unit square (X, Y): X = p·u + q·v + r, Y = s·u + t·v + z, as
 * [p, q, r, s, t, z]. Stored row 0 is the top (v = 1).
 */
const TURNS: Readonly<Record<Orientation, readonly [number, number, number, number, number, number]>> = {
  1: [1, 0, 0, 0, 1, 0],
  2: [-1, 0, 1, 0, 1, 0],
  3: [-1, 0, 1, 0, -1, 1],
  4: [1, 0, 0, 0, -1, 1],
  5: [0, -1, 1, -1, 0, 1],
  6: [0, 1, 0, -1, 0, 1],
  7: [0, 1, 0, 1, 0, 0],
  8: [0, -1, 1, 1, 0, 0],
};

export function drawImageUpright(page: PDFPage, image: PDFImage, box: ImageBox, orientation: Orientation = 1): void {
  if (orientation === 1) {
    page.drawImage(image, box);
    return;
  }
  const [p, q, r, s, t, z] = TURNS[orientation];
  const { x, y, width: w, height: h } = box;
  const name = page.node.newXObject('Image', image.ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(w * p, h * s, w * q, h * t, x + w * r, y + h * z),
    drawObject(name),
    popGraphicsState(),
  );
}
