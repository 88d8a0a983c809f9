/**
 * Image bytes, stored once per SHA-256 of their content: the same picture in
 * two visuals is one row. An image no visual uses any more is removed when its
 * last visual goes. Every SVG is sanitised here, on its way in, whichever way
 * it came (the app, the CLI, a Word document, a project being created): this
 * is the one door into the file, so nothing can pass it unsanitised.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ImageMime, namedRecord, UserError, type ImageBlob } from '../model/index.js';
import type { StoreContext } from './context.js';
import { describeIssues, parseRow } from './records.js';
import type { StoredImage } from './types.js';
import { sanitiseSvg } from '../visuals/svg/index.js';

const ImageInput = z.object({
  bytes: z.instanceof(Uint8Array).refine((b) => b.length > 0, 'an image needs bytes'),
  mime: ImageMime,
});

const ImageRow = z.object({ hash: z.string(), mime: z.string(), bytes: z.instanceof(Uint8Array) });

/** The hash a malformed row claims, to name it in the check's report; '' when it has none. */
function hashOf(row: unknown): string {
  const hash = typeof row === 'object' && row !== null && 'hash' in row ? row.hash : undefined;
  return typeof hash === 'string' ? hash : '';
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A plain Uint8Array copy (not a Buffer), so callers compare and send it as the model's type. */
function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

export class ImageStore {
  private readonly statements;

  constructor(private readonly ctx: StoreContext) {
    const db = ctx.db;
    this.statements = {
      insert: db.prepare<[string, string, Uint8Array]>('INSERT OR IGNORE INTO images (hash, mime, bytes) VALUES (?, ?, ?)'),
      get: db.prepare<[string]>('SELECT hash, mime, bytes FROM images WHERE hash = ?'),
      all: db.prepare<[]>('SELECT hash, mime, bytes FROM images ORDER BY rowid'),
      hashes: db.prepare<[], { hash: string }>('SELECT hash FROM images'),
      exists: db.prepare<[string]>('SELECT 1 FROM images WHERE hash = ?').pluck(),
      // Only when no visual refers to it any more.
      collect: db.prepare<[string, string]>(
        'DELETE FROM images WHERE hash = ? AND NOT EXISTS (SELECT 1 FROM visuals WHERE image_hash = ?)',
      ),
    };
  }

  /**
   * Stores the bytes (once) and returns their hash: for an SVG, the hash of
   * its sanitised bytes (the same bytes, and hash, when it was clean).
   */
  put(bytes: Uint8Array, mime: string): string {
    return this.ctx.write(() => {
      const input = ImageInput.safeParse({ bytes, mime });
      if (!input.success) throw new UserError('invalidRecord', { ...namedRecord('image'), problem: describeIssues(input.error) });
      const stored = input.data.mime === 'image/svg+xml' ? sanitiseSvg(bytes).bytes : bytes;
      const hash = contentHash(stored);
      this.statements.insert.run(hash, input.data.mime, stored);
      return hash;
    });
  }

  get(hash: string): StoredImage | undefined {
    return this.ctx.read(() => {
      const row = this.statements.get.get(hash);
      return row === undefined ? undefined : this.parse(row);
    });
  }

  has(hash: string): boolean {
    return this.ctx.read(() => this.statements.exists.get(hash) !== undefined);
  }

  all(): ImageBlob[] {
    return this.ctx.read(() => this.statements.all.all().map((row) => this.parse(row)));
  }

  hashes(): Set<string> {
    return new Set(this.ctx.read(() => this.statements.hashes.all()).map((row) => row.hash));
  }

  /** Removes the image when no visual uses it; call inside the transaction that dropped its last use. */
  collect(hash: string): void {
    this.statements.collect.run(hash, hash);
  }

  /** Images whose row is malformed, whose type is not one we know, or whose bytes do not match their hash. */
  checkAll(): { id: string; problem: string }[] {
    const invalid: { id: string; problem: string }[] = [];
    for (const row of this.ctx.read(() => this.statements.all.all())) {
      try {
        const image = this.parse(row);
        if (!ImageMime.safeParse(image.mime).success) invalid.push({ id: image.hash, problem: `unknown type ${image.mime}` });
        else if (contentHash(image.bytes) !== image.hash) invalid.push({ id: image.hash, problem: 'bytes do not match hash' });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        invalid.push({ id: hashOf(row), problem: String(error.params.problem) });
      }
    }
    return invalid;
  }

  private parse(row: unknown): ImageBlob {
    const image = parseRow(ImageRow, row, namedRecord('image'));
    return { hash: image.hash, mime: image.mime, bytes: plainBytes(image.bytes) };
  }
}
