// Every chart of the demo and the large project, in both templates, drawn to
// PNG at 150 dpi in tests/artifacts/visuals/ to be looked at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { drawingToPng, pixelWidth } from '../../../main/visuals/png-drawing.js';
import { charts, draw, type ProjectName } from './draw-charts.js';

const out = join(import.meta.dirname, '../../artifacts/visuals');

test.each(['demo', 'large'] as ProjectName[])('the charts of the %s project are drawn as PNGs to look at', async (project) => {
  mkdirSync(out, { recursive: true });
  for (const templateId of ['werkplaats-a4', 'bundel-a5']) {
    for (const chart of charts) {
      const { drawing } = await draw(project, chart, templateId);
      const png = drawingToPng(drawing, 150);
      expect(PNG.sync.read(Buffer.from(png)).width).toBe(pixelWidth(drawing, 150));
      writeFileSync(join(out, `${project}-${chart}-${templateId}.png`), png);
    }
  }
}, 60_000);
