import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyImport, preview, sourceText } from '../../../main/importers/index.js';
import { docFromJSON, emptyProject, plainText, type NodeJSON } from '../../../main/model/index.js';
import { createProject, type ProjectStore } from '../../../main/store/index.js';
import { convert, flatOdt } from './libreoffice.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bundel-word-'));
const mammothData = path.resolve('node_modules/mammoth/test/test-data');
const png = readFileSync(path.join(mammothData, 'tiny-picture.png'));
let story: string;
let stories: string;

const storyBody = `
<text:h text:outline-level="1">Het verhaal van Ans</text:h>
<text:p>Ans zorgt al <text:span text:style-name="T1">twaalf jaar</text:span> voor haar buurman, <text:span text:style-name="T2">zonder hulp</text:span>.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Opgetekend in de focusgroep van maart.</text:p></text:note-body></text:note> Zie ook <text:a xlink:type="simple" xlink:href="https://example.org/mantelzorg">de website</text:a>.</text:p>
<text:list text:style-name="L1"><text:list-item><text:p>boodschappen</text:p></text:list-item><text:list-item><text:p>de was</text:p></text:list-item></text:list>
<text:h text:outline-level="2">Wat het haar bracht</text:h>
<text:list text:style-name="L2"><text:list-item><text:p>rust</text:p></text:list-item><text:list-item><text:p>vertrouwen</text:p></text:list-item></text:list>
<text:p><draw:frame draw:style-name="fr1" draw:name="Foto" text:anchor-type="as-char" svg:width="1cm" svg:height="1cm"><draw:image><office:binary-data>${png.toString('base64')}</office:binary-data></draw:image><svg:desc>Ans aan de keukentafel</svg:desc></draw:frame></text:p>
<text:p>Ze zou het zo weer doen.</text:p>`;

const storiesBody = `
<text:h text:outline-level="1">Verhalen uit de werkgroep</text:h>
${['Kees en de buurtbus', 'Fatima en het taalcafé', 'Henk en de moestuin']
  .map((title, i) => `<text:h text:outline-level="2">${title}</text:h><text:p>Dit is verhaal nummer ${i + 1} over ${title.toLowerCase()} in de wijk, met eigen woorden verteld.</text:p>`)
  .join('\n')}`;

beforeAll(() => {
  writeFileSync(path.join(dir, 'ans.fodt'), flatOdt(storyBody, 'Verhaal Ans'));
  writeFileSync(path.join(dir, 'verhalen.fodt'), flatOdt(storiesBody));
  [story, stories] = convert([path.join(dir, 'ans.fodt'), path.join(dir, 'verhalen.fodt')], 'docx', dir);
});

let count = 0;
function project(): ProjectStore {
  return createProject(path.join(dir, `p${++count}.bundel`), emptyProject('Test'));
}

/** A footnote's own text (plainText adds brackets around a note). */
const noteText = (note: NodeJSON) => (note.content ?? []).map((t) => t.text).join('');

function find(node: NodeJSON, type: string): NodeJSON[] {
  const found = node.type === type ? [node] : [];
  return [...found, ...(node.content ?? []).flatMap((c) => find(c, type))];
}

describe('Word import of a document LibreOffice made', () => {
  it('keeps headings, lists, emphasis, the link, the footnote and the picture', async () => {
    const store = project();
    const plan = await preview(store, story, { kind: 'story', workgroup: 'Werkgroep Zorgzame buurt' });
    expect(plan.items).toHaveLength(1);
    const [{ item }] = plan.items as [(typeof plan.items)[number]];
    expect(item.title).toBe('Het verhaal van Ans');
    expect(sourceText('nl', plan.items[0]!.source)).toBe('kop „Het verhaal van Ans”');
    expect(sourceText('en', plan.items[0]!.source)).toBe('heading “Het verhaal van Ans”');
    expect(() => docFromJSON(item.body)).not.toThrow();
    const body = item.body;
    expect(find(body, 'heading').map(plainText)).toEqual(['Wat het haar bracht']);
    expect(find(body, 'bullet_list')).toHaveLength(1);
    expect(find(body, 'ordered_list')).toHaveLength(1);
    expect(find(body, 'list_item').map(plainText)).toEqual(['boodschappen', 'de was', 'rust', 'vertrouwen']);
    const texts = find(body, 'text');
    expect(texts.find((t) => t.text === 'twaalf jaar')?.marks).toEqual([{ type: 'em' }]);
    expect(texts.find((t) => t.text === 'zonder hulp')?.marks).toEqual([{ type: 'strong' }]);
    expect(texts.find((t) => t.text === 'de website')?.marks).toEqual([
      { type: 'link', attrs: { href: 'https://example.org/mantelzorg', title: null } },
    ]);
    expect(find(body, 'footnote').map(noteText)).toEqual(['Opgetekend in de focusgroep van maart.']);
    expect(plan.images).toHaveLength(1);
    expect(plan.images[0]).toMatchObject({ mime: 'image/png', width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
    expect(find(body, 'figure')).toEqual([{ type: 'figure', attrs: { visualId: plan.images[0]!.visualId } }]);

    const result = applyImport(store, plan);
    expect(result.imported).toHaveLength(1);
    expect(result.visuals).toBe(1);
    expect(result.created.workgroups).toEqual(['Werkgroep Zorgzame buurt']);
    const stored = store.material.get(item.id)!;
    expect(store.workgroups.get(stored.provenance.workgroupId!)?.name).toBe('Werkgroep Zorgzame buurt');
    const visual = store.visuals.get(plan.images[0]!.visualId)!;
    expect(visual.source).toMatchObject({ type: 'image', mime: 'image/png' });
    expect(store.images.get(visual.source.type === 'image' ? visual.source.hash : '')?.bytes).toEqual(new Uint8Array(png));
    expect(store.check().ok).toBe(true);
    store.close();
  });

  it('makes one item per heading with --split-headings, the kind set for the batch', async () => {
    const store = project();
    const plan = await preview(store, stories, { splitHeadings: true, kind: 'practiceExample', contributors: ['Mieke de Vries'] });
    expect(plan.items.map((i) => i.item.title)).toEqual(['Kees en de buurtbus', 'Fatima en het taalcafé', 'Henk en de moestuin']);
    expect(plan.items.every((i) => i.item.kind === 'practiceExample')).toBe(true);
    expect(plan.items.map((i) => sourceText('nl', i.source))).toEqual(['1. kop „Kees en de buurtbus”', '2. kop „Fatima en het taalcafé”', '3. kop „Henk en de moestuin”']);
    expect(plan.items.map((i) => sourceText('en', i.source))).toEqual([
      '1. heading “Kees en de buurtbus”',
      '2. heading “Fatima en het taalcafé”',
      '3. heading “Henk en de moestuin”',
    ]);
    expect(plainText(plan.items[1]!.item.body)).toContain('verhaal nummer 2');
    const result = applyImport(store, plan);
    expect(result.imported).toHaveLength(3);
    expect(result.created.contributors).toEqual(['Mieke de Vries']);
    expect(new Set(store.material.list().map((m) => m.provenance.contributorIds[0])).size).toBe(1);
    store.close();
  });

  it('flags a document imported twice as a duplicate', async () => {
    const store = project();
    applyImport(store, await preview(store, story));
    const again = await preview(store, story);
    expect(again.items[0]!.duplicate).toMatchObject({ of: 'existing', title: 'Het verhaal van Ans', similarity: 1 });
    const result = applyImport(store, again);
    expect(result.imported).toHaveLength(0);
    expect(result.skippedDuplicates).toHaveLength(1);
    expect(store.counts().material).toBe(1);
    store.close();
  });
});

describe("Word import of mammoth's own test documents", () => {
  const fixture = (name: string) => {
    const file = path.join(dir, name);
    copyFileSync(path.join(mammothData, name), file);
    return file;
  };

  it('footnotes.docx and endnotes.docx: notes inline at their references', async () => {
    const store = project();
    for (const name of ['footnotes.docx', 'endnotes.docx']) {
      const [incoming] = (await preview(store, fixture(name))).items;
      expect(find(incoming!.item.body, 'footnote').map(noteText)).toEqual(['A tachyon walks into a bar.', 'Fin.']);
      expect(plainText(incoming!.item.body)).toBe('Ouch [A tachyon walks into a bar.]. [Fin.]');
    }
    store.close();
  });

  it('footnote-hyperlink.docx: a link inside a footnote', async () => {
    const store = project();
    const [incoming] = (await preview(store, fixture('footnote-hyperlink.docx'))).items;
    const [note] = find(incoming!.item.body, 'footnote');
    expect(note!.content).toEqual([{ type: 'text', text: 'Example', marks: [{ type: 'link', attrs: { href: 'http://www.example.com', title: null } }] }]);
    store.close();
  });

  it('tables.docx: rows become paragraphs, with a warning', async () => {
    const store = project();
    const plan = await preview(store, fixture('tables.docx'));
    expect(plainText(plan.items[0]!.item.body).split('\n')).toEqual(['Above', 'Top left | Top right', 'Bottom left | Bottom right', 'Below']);
    expect(plan.warnings).toEqual([{ code: 'tableFlattened', params: {} }]);
    store.close();
  });

  it('tiny-picture.docx: the picture becomes a visual; the item is titled after the file', async () => {
    const store = project();
    const plan = await preview(store, fixture('tiny-picture.docx'));
    expect(plan.items[0]!.item.title).toBe('tiny-picture');
    expect(plan.images).toHaveLength(1);
    expect(applyImport(store, plan).visuals).toBe(1);
    expect(store.counts()).toMatchObject({ material: 1, visuals: 1 });
    store.close();
  });

  it('simple-list.docx, strikethrough.docx, text-box.docx, utf8-bom.docx, comments.docx: text kept, schema-valid', async () => {
    const store = project();
    const expected: Record<string, string> = {
      'simple-list.docx': 'Apple\nBanana',
      'strikethrough.docx': 'Today\'s Special: Salmon Sold out',
      'text-box.docx': 'Datum plane',
      'utf8-bom.docx': 'This XML has a byte order mark.',
      'comments.docx': 'Ouch.',
    };
    for (const [name, text] of Object.entries(expected)) {
      const [incoming] = (await preview(store, fixture(name))).items;
      expect(() => docFromJSON(incoming!.item.body)).not.toThrow();
      expect(plainText(incoming!.item.body)).toBe(text);
    }
    store.close();
  });
});
