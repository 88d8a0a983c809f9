/** A small consistent project for the contract's tests: one of every record, a box, a figure and a comment. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newPublication, type ProjectData } from '../../../main/model/index.js';
import { createProject } from '../../../main/store/index.js';
import type { ProjectStore } from '../../../main/store/types.js';

/** A 1×1 PNG. */
export const pngBytes = new Uint8Array(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
);
export const pngHash = createHash('sha256').update(pngBytes).digest('hex');
const at = '2026-03-15T10:00:00.000Z';

export function sampleProject(): ProjectData {
  return {
    publication: { ...newPublication('Tussen formeel en informeel'), year: 2026 },
    workgroups: [{ id: 'wg1', name: 'Werkgroep Mantelzorg', theme: 'Samenwerking rond mantelzorg', description: '' }],
    sessions: [
      {
        id: 's1',
        kind: 'kitchenTableTalk',
        title: 'Keukentafel in Gorinchem',
        date: '2026-02-10',
        place: 'Gorinchem',
        workgroupId: 'wg1',
        participants: 6,
        notes: '',
      },
    ],
    contributors: [
      {
        id: 'c1',
        name: 'Anna de Vries',
        role: 'informalCarer',
        position: 'informal',
        organisation: '',
        workgroupIds: ['wg1'],
        pseudonym: null,
      },
    ],
    material: [
      {
        id: 'm1',
        kind: 'story',
        narration: 'firstPerson',
        title: 'Wie belt de huisarts?',
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ik zorg al jaren voor mijn moeder.' }] }] },
        provenance: { workgroupId: 'wg1', sessionId: 's1', contributorIds: ['c1'] },
        themes: ['mantelzorg'],
        consent: 'given',
        anonymisation: { anonymised: false, note: '' },
        editorialStatus: 'edited',
        createdAt: at,
        updatedAt: at,
      },
    ],
    chapters: [
      {
        id: 'ch1',
        kind: 'chapter',
        title: 'Samen zorgen',
        byline: '',
        reviewStatus: 'draft',
        updatedAt: at,
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Een middag aan de keukentafel in ' },
                { type: 'text', text: 'Gorinchem', marks: [{ type: 'comment', attrs: { threadId: 't1' } }] },
                { type: 'text', text: '.' },
              ],
            },
            { type: 'material_box', attrs: { itemIds: ['m1'], title: null } },
            { type: 'figure', attrs: { visualId: 'v1' } },
          ],
        },
      },
    ],
    visuals: [
      {
        id: 'v1',
        title: 'Tafel',
        source: { type: 'image', hash: pngHash, mime: 'image/png', width: 1, height: 1 },
        caption: 'De keukentafel.',
        credit: 'Werkplaats',
        altText: 'Een lege keukentafel.',
        sessionId: 's1',
      },
    ],
    images: [{ hash: pngHash, mime: 'image/png', bytes: pngBytes }],
    threads: [
      {
        id: 't1',
        chapterId: 'ch1',
        anchor: { quote: 'Gorinchem', prefix: 'keukentafel in ', suffix: '.' },
        comments: [
          {
            id: 'k1',
            author: { name: 'Piet Jansen', initials: 'PJ', role: 'reviewer' },
            text: 'Welke wijk?',
            createdAt: at,
            editedAt: null,
          },
        ],
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
        reanchoredAt: null,
      },
    ],
  };
}

/** A fresh project file in its own temporary folder; `dispose` closes and removes it. */
export function tempProject(data: ProjectData = sampleProject()): { store: ProjectStore; file: string; dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundel-ipc-'));
  const file = path.join(dir, 'Proef.bundel');
  const store = createProject(file, data);
  return {
    store,
    file,
    dispose() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
