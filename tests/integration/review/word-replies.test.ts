/**
 * A DOCX as Word writes it: a Dutch heading style ("Kop 1" under its own id),
 * a comment over two paragraphs with a reply and the done state in
 * commentsExtended.xml, a tracked deletion inside the passage.
 */
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run.js';
import { readWordReview } from '../../../main/review/docx/read.js';
import type { ImportReport } from '../../../main/review/types.js';
import { openProject } from '../../../main/store/index.js';
import { markedText } from '../../unit/review/docs.js';
import { masterFile } from './project.js';

const ns =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

const documentXml = (title: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${ns}><w:body>
<w:p><w:pPr><w:pStyle w:val="Titel"/></w:pPr>${run('Samen zorgen in de wijk')}</w:p>
<w:p><w:pPr><w:pStyle w:val="Kopje1"/></w:pPr>${run(title)}</w:p>
<w:p>${run('De werkgroep kwam acht keer bijeen in Gorinchem en ')}<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>${run('Leerdam.')}</w:p>
<w:p>${run('Mantelzorgers')}<w:commentRangeEnd w:id="0"/><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:commentReference w:id="1"/></w:r><w:del w:id="9" w:author="Jeroen Smits"><w:r><w:delText> (allemaal)</w:delText></w:r></w:del>${run(' vertelden over de zorg voor hun ouders en over hun werk.')}</w:p>
<w:tbl><w:tr><w:tc><w:p>${run('Een derde alinea gaat over de huisarts die nooit terugbelt,')}<w:r><w:tab/></w:r>${run('en wat dat doet.')}</w:p></w:tc></w:tr></w:tbl>
<w:sectPr/></w:body></w:document>`;

const stylesXml = `<?xml version="1.0" encoding="UTF-8"?>
<w:styles ${ns}><w:style w:type="paragraph" w:styleId="Kopje1"><w:name w:val="Kop 1"/></w:style><w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style></w:styles>`;

const commentsXml = `<?xml version="1.0" encoding="UTF-8"?>
<w:comments ${ns}>
<w:comment w:id="0" w:author="Jeroen Smits" w:date="2026-03-25T14:02:00Z" w:initials="JS"><w:p w14:paraId="1A2B3C4D">${run('Hier loopt de zin over de alinea heen.')}</w:p></w:comment>
<w:comment w:id="1" w:author="Eva Rademaker" w:date="2026-03-25T15:30:00Z" w:initials="ER"><w:p w14:paraId="0000AB12">${run('Klopt, ik maak er één alinea van.')}</w:p></w:comment>
</w:comments>`;

const extendedXml = `<?xml version="1.0" encoding="UTF-8"?>
<w15:commentsEx ${ns}><w15:commentEx w15:paraId="1A2B3C4D" w15:done="1"/><w15:commentEx w15:paraId="0000AB12" w15:paraIdParent="1A2B3C4D" w15:done="0"/></w15:commentsEx>`;

async function wordFile(dir: string, title = 'Samen zorgen'): Promise<string> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', documentXml(title));
  zip.file('word/styles.xml', stylesXml);
  zip.file('word/comments.xml', commentsXml);
  zip.file('word/commentsExtended.xml', extendedXml);
  const file = path.join(dir, 'terug.docx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

describe('a DOCX as Word writes it', () => {
  it('is read into sections at Kop 1 with the comments, their replies and done state', async () => {
    const { dir } = masterFile();
    const file = await wordFile(dir);
    const review = await readWordReview(new Uint8Array(readFileSync(file)), file);
    expect(review.sections.map((s) => s.title)).toEqual(['', 'Samen zorgen']);
    const text = review.sections[1]!.text;
    expect(text).toBe(
      'De werkgroep kwam acht keer bijeen in Gorinchem en Leerdam.\nMantelzorgers vertelden over de zorg voor hun ouders en over hun werk.\n' +
        'Een derde alinea gaat over de huisarts die nooit terugbelt,\ten wat dat doet.',
    );
    const [root, reply] = review.comments;
    expect(root).toMatchObject({ author: 'Jeroen Smits', done: true, parentId: null, section: 1, date: '2026-03-25T14:02:00.000Z' });
    expect(text.slice(root!.range!.start, root!.range!.end)).toBe('Leerdam.\nMantelzorgers');
    expect(reply).toMatchObject({ author: 'Eva Rademaker', parentId: '0', text: 'Klopt, ik maak er één alinea van.' });
  });

  it('is imported as one resolved thread with its reply, on the passage across two paragraphs', async () => {
    const { dir, master } = masterFile();
    const file = await wordFile(dir);
    let out = '';
    expect(await runCli(['review', 'import', master, file, '--json'], { out: (t) => (out += t), err: () => {}, locale: 'nl' })).toBe(0);
    const report = JSON.parse(out) as ImportReport;
    expect(report.added.map((e) => [e.what, e.author])).toEqual([
      ['thread', 'Jeroen Smits'],
      ['reply', 'Eva Rademaker'],
    ]);
    const store = openProject(master, { readOnly: true });
    try {
      const thread = store.threads.get(report.added[0]!.threadId!)!;
      expect(thread.resolved).toBe(true);
      expect(thread.comments.map((c) => c.author.name)).toEqual(['Jeroen Smits', 'Eva Rademaker']);
      // Eva is known in the project as its editor.
      expect(thread.comments[1]!.author.role).toBe('editor');
      expect(markedText(store.chapters.get('ch-samen')!.body, thread.id)).toBe('Leerdam.\nMantelzorgers');
    } finally {
      store.close();
    }
  });

  it('finds a chapter whose title changed since the export by the paragraphs it shares', async () => {
    const { dir, master } = masterFile();
    const file = await wordFile(dir, 'Zorgen doe je samen');
    let out = '';
    expect(await runCli(['review', 'import', master, file, '--json'], { out: (t) => (out += t), err: () => {}, locale: 'nl' })).toBe(0);
    const report = JSON.parse(out) as ImportReport;
    expect(report.unplaced).toEqual([]);
    expect(report.added.map((e) => e.chapterId)).toEqual(['ch-samen', 'ch-samen']);
  });

  it('is refused with a clear message when it is not a Word file', async () => {
    const { dir, master } = masterFile();
    const file = path.join(dir, 'kapot.docx');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document xmlns:w="x"><w:body>');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    let err = '';
    expect(await runCli(['review', 'import', master, file], { out: () => {}, err: (t) => (err += t), locale: 'nl' })).toBe(1);
    expect(err).toContain('geen leesbaar Word-bestand');
    const text = path.join(dir, 'notities.txt');
    writeFileSync(text, 'Gewoon tekst.');
    err = '';
    expect(await runCli(['review', 'import', master, text], { out: () => {}, err: (t) => (err += t), locale: 'nl' })).toBe(1);
    expect(err).toContain('kan niet als review worden geïmporteerd');
  });
});
