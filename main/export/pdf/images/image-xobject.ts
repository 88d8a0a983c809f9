// An image XObject ready to be placed: its stream (with any soft mask already
// registered) and its size in pixels.
import type { PDFRawStream } from 'pdf-lib';

export interface ImageXObject {
  readonly width: number;
  readonly height: number;
  readonly stream: PDFRawStream;
}
