/**
 * Reading a Word document: the guarded bytes through mammoth to HTML, our
 * walker to blocks; embedded PNG, JPEG and (sanitised) SVG images kept for
 * visuals, others reported. Mammoth never reads files the document points to.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { isUserError, newId, UserError } from '../../model/index.js';
import { readImage, type ImageFile } from '../../visuals/image.js';
import { readOfficeFile } from '../office-file.js';
import { warning, type ImportWarning } from '../warnings.js';
import { parseHtml } from './html-tree.js';
import { htmlToBlocks, type Block } from './html-to-doc.js';

export interface WordImage extends Omit<ImageFile, 'removed'> {
  visualId: string;
  /** 1-based, in document order. */
  number: number;
  bytes: Uint8Array<ArrayBuffer>;
  altText: string;
}

export interface WordDocument {
  /** The title in the document's properties, when it has one. */
  title: string | null;
  blocks: Block[];
  images: WordImage[];
  warnings: ImportWarning[];
}

export async function readWord(path: string): Promise<WordDocument> {
  const bytes = readOfficeFile(path, 'docx');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const warnings: ImportWarning[] = [];
  const images = new Map<string, WordImage>();
  let count = 0;
  const convertImage = mammoth.images.imgElement(async (image) => {
    const number = ++count;
    const src = `bundel-image:${number}`;
    const data = new Uint8Array(await image.readAsBuffer());
    const claimed = /^image\/(png|jpeg|svg\+xml)$/.test(image.contentType);
    try {
      // An SVG is sanitised here already, so its size is read from what will be stored.
      const { bytes, mime, width, height } = readImage(data, claimed ? (image.contentType as ImageFile['mime']) : undefined);
      images.set(src, { bytes, mime, width, height, visualId: newId(), number, altText: altTextOf(image) });
    } catch (error) {
      if (!isUserError(error)) throw error;
      warnings.push(claimed ? warning('imageDamaged', { n: number }) : warning('imageUnsupported', { n: number, type: image.contentType }));
    }
    return { src };
  });
  let html: string;
  let title: string | null;
  try {
    html = (await mammoth.convertToHtml({ buffer }, { convertImage })).value;
    title = await coreTitle(buffer);
  } catch (error) {
    throw new UserError('importCorrupt', { path, format: 'Word' }, (error as Error).message);
  }
  const converted = htmlToBlocks(parseHtml(html), { figureFor: (src) => images.get(src)?.visualId ?? null });
  if (converted.flattenedTable) warnings.push(warning('tableFlattened'));
  return { title, blocks: converted.blocks, images: [...images.values()], warnings };
}

/** Mammoth passes the picture's description along at run time, though its typings leave it out. */
function altTextOf(image: object): string {
  const alt: unknown = 'altText' in image ? image.altText : undefined;
  return typeof alt === 'string' ? alt.trim() : '';
}

/** dc:title from docProps/core.xml; LibreOffice and Word both write it when a document has a title. */
async function coreTitle(buffer: Buffer): Promise<string | null> {
  const zip = await JSZip.loadAsync(buffer);
  const core = await zip.file('docProps/core.xml')?.async('string');
  const match = core && /<dc:title>([^<]*)<\/dc:title>/.exec(core);
  const title = match ? decodeXml(match[1]!).trim() : '';
  return title || null;
}

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
}
