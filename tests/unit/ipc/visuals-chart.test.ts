// visuals.chart over the real handlers: a chart visual comes back as SVG drawn
// from the file's current records, and is drawn anew when they change.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../main/ipc/dispatch.js';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { Language } from '../../../main/ipc/language.js';
import { demoProject } from '../../../main/demo/index.js';
import { createClient, type Client } from '../../../renderer/api/client.js';
import { parseStrict } from '../export/docx/parts.js';
import { tempProject } from './sample-project.js';

let project: ReturnType<typeof tempProject>;
let client: Client;

beforeEach(() => {
  project = tempProject(demoProject());
  const dispatch = createDispatcher({ handlers: createHandlers(project.store, { language: new Language('nl'), recent: () => [] }), language: new Language('nl'), log: { warn: vi.fn(), error: vi.fn() } });
  client = createClient({ invoke: dispatch, imageUrl: (hash) => `test:${hash}`, onCommand: () => () => undefined });
});
afterEach(() => project.dispose());

const labels = (svg: string): string[] => Array.from(parseStrict(svg, 'chart.svg').getElementsByTagName('text')).map((t) => t.textContent ?? '');

it('draws a chart visual as SVG in the publication\'s template, and null for an image', async () => {
  const chart = await client.call('visuals.chart', { id: 'vis-posities' });
  expect(chart).not.toBeNull();
  expect(chart!.width).toBeCloseTo((160 * 72) / 25.4, 1);
  expect(labels(chart!.svg)).toEqual(expect.arrayContaining(['Beleidsmaker', '34 bijdragers']));
  expect(chart!.svg).toContain('<title id="title">Posities van de bijdragers</title>');
  expect(await client.call('visuals.chart', { id: 'vis-kaart' })).toBeNull();
  expect(await client.call('visuals.chart', { id: 'no-such-visual' })).toBeNull();
});

it('follows the project: a new contributor is in the next drawing', async () => {
  const before = labels((await client.call('visuals.chart', { id: 'vis-posities' }))!.svg);
  expect(before).toContain('34 bijdragers');
  await client.call('contributors.put', { id: 'con-new', name: 'Nieuwe Bewoner', role: 'resident', position: 'informal', organisation: '', workgroupIds: [], pseudonym: null });
  expect(labels((await client.call('visuals.chart', { id: 'vis-posities' }))!.svg)).toContain('35 bijdragers');
});

it('draws the material map from the library, without reading bodies', async () => {
  await client.call('visuals.put', { id: 'map', title: 'Kaart', source: { type: 'chart', chart: 'materialMap' }, caption: '', credit: '', altText: '', sessionId: null });
  const map = await client.call('visuals.chart', { id: 'map' });
  expect(labels(map!.svg)).toEqual(expect.arrayContaining(['Thema', 'Wijk en netwerk', 'Aantal items']));
});
