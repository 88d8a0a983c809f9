import { createHash } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoProject } from '../../../main/demo/index.js';
import type { ProjectData } from '../../../main/model/index.js';

let project: ProjectData;
beforeAll(() => {
  project = demoProject();
});

function imageOf(mime: string): { visual: ProjectData['visuals'][number]; bytes: Uint8Array }[] {
  return project.visuals.flatMap((visual) => {
    if (visual.source.type !== 'image' || visual.source.mime !== mime) return [];
    const hash = visual.source.hash;
    const blob = project.images.find((i) => i.hash === hash);
    return blob ? [{ visual, bytes: blob.bytes }] : [];
  });
}

/** Parses strictly: any warning or error from the parser fails. */
function parseXml(text: string): Document {
  const fail = (message: unknown): never => {
    throw new Error(String(message));
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(
    text,
    'image/svg+xml',
  ) as unknown as Document;
}

describe('demo visuals', () => {
  it('has at least four visuals, one of them the spectrum chart, each described', () => {
    expect(project.visuals.length).toBeGreaterThanOrEqual(4);
    expect(project.visuals.map((v) => v.source)).toContainEqual({ type: 'chart', chart: 'spectrum' });
    for (const v of project.visuals) {
      for (const field of [v.title, v.caption, v.credit, v.altText]) expect(field, v.id).not.toBe('');
    }
    expect(project.visuals.some((v) => v.sessionId !== null)).toBe(true);
  });

  it('keys every image by the SHA-256 of its bytes', () => {
    for (const image of project.images) {
      expect(createHash('sha256').update(image.bytes).digest('hex')).toBe(image.hash);
    }
  });

  it('has a PNG of at least 1200 px that decodes to the declared size', () => {
    const pngs = imageOf('image/png');
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    for (const { visual, bytes } of pngs) {
      const png = PNG.sync.read(Buffer.from(bytes));
      expect(png.width).toBeGreaterThanOrEqual(1200);
      expect(visual.source).toMatchObject({ width: png.width, height: png.height });
      // A drawing, not a blank: many different colours.
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUIntBE(i, 3));
      expect(colours.size).toBeGreaterThan(20);
    }
  });

  it('has at least two SVGs that parse as XML, with size, viewBox and title, and nothing external', () => {
    const svgs = imageOf('image/svg+xml');
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    for (const { visual, bytes } of svgs) {
      const text = new TextDecoder().decode(bytes);
      const root = parseXml(text).documentElement;
      expect(root.tagName).toBe('svg');
      expect(root.getAttribute('width')).toBe(String(visual.source.type === 'image' && visual.source.width));
      expect(root.getAttribute('height')).toBe(String(visual.source.type === 'image' && visual.source.height));
      expect(root.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
      expect(root.getElementsByTagName('title').length).toBe(1);
      expect(root.getElementsByTagName('script').length).toBe(0);
      expect(text).not.toMatch(/<script|javascript:|href=|@import|url\((?!#)/i);
    }
  });
});
