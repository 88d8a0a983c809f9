// A small hand-made document tree that exercises every construct the DOCX writer knows.
import { PNG } from 'pngjs';
import { demoProject } from '../../../../main/demo/index.js';
import { spectrumData } from '../../../../main/visuals/charts/spectrum-data.js';
import type { Block, BoxItem, DocumentTree, FootnoteRef, Inline, Text } from '../../../../main/export/tree/index.js';

export const t = (text: string, more: Partial<Omit<Text, 'type' | 'text'>> = {}): Text => ({ type: 'text', text, em: false, strong: false, link: null, threadIds: [], ...more });
const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });

function png(width: number, height: number): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(200);
  return new Uint8Array(PNG.sync.write(image));
}

const svg = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><rect width="200" height="100" fill="#1f6f78"/><text x="10" y="50" font-family="Source Sans 3" font-size="20" fill="white">ideeën</text></svg>',
);

const note: FootnoteRef = { type: 'footnote', number: 1, content: [t('Een voetnoot met '), t('nadruk', { em: true }), t('.')], threadIds: ['th-note'] };

const dilemma: BoxItem = {
  id: 'm-dilemma',
  kind: 'dilemma',
  kindLabel: 'Dilemma',
  title: 'Melden of zwijgen',
  parts: [
    { role: 'situation', label: 'Situatie', blocks: [p(t('Een vrijwilliger ziet iets.'))] },
    { role: 'onOneHand', label: 'Enerzijds', blocks: [p(t('Vertrouwen.'))] },
    { role: 'onOtherHand', label: 'Anderzijds', blocks: [p(t('Veiligheid.'))] },
    { role: 'question', label: 'De vraag', blocks: [p(t('Wat doe je?'))] },
  ],
  source: 'Werkgroep Wijk, focusgroep, 3 april 2025',
  attribution: '',
  audience: null,
  consent: 'given',
};

const chapterOne: Block[] = [
  p(
    t('Eerste alinea met '),
    t('nadruk', { em: true }),
    t(', '),
    t('kracht', { strong: true }),
    t(' en een '),
    t('link', { link: 'https://example.org/a?b=1&c=2' }),
    t(' en een verwijzing naar '),
    t('de kaart', { link: '#fig-kaart' }),
    t(' en naar '),
    t('niets', { link: '#bestaat-niet' }),
    t('. Hier staat ', { threadIds: ['th-passage'] }),
    t('besproken tekst', { threadIds: ['th-passage'] }),
    note,
    t(' en verder.'),
  ),
  p(t('Tweede alinea, ingesprongen.')),
  { type: 'heading', level: 1, content: [t('Een paragraaf')], anchor: 'sec-een-paragraaf' },
  { type: 'quote', blocks: [p(t('Een citaat uit de praktijk.'))] },
  {
    type: 'list',
    ordered: true,
    start: 3,
    items: [[p(t('Derde punt'))], [p(t('Vierde punt')), { type: 'list', ordered: false, start: 1, items: [[p(t('Genest punt'))]] }]],
  },
  { type: 'heading', level: 2, content: [t('Een subparagraaf')], anchor: 'sec-sub' },
  { type: 'box', kind: 'dilemma', title: null, items: [dilemma] },
  { type: 'box', kind: 'quote', title: null, items: [] },
];

const chapterTwo: Block[] = [
  p(t('Tekst voor de figuren.')),
  { type: 'figure', visualId: 'v1', number: 1, anchor: 'fig-kaart', title: 'De kaart', caption: 'Een gestileerde kaart.', credit: 'Beeld: werkplaats', altText: 'Kaart van de regio met zes stippen', image: { type: 'image', mime: 'image/png', bytes: png(40, 20), width: 40, height: 20 } },
  { type: 'figure', visualId: 'v2', number: 2, anchor: 'fig-svg', title: 'Een tekening', caption: '', credit: '', altText: '', image: { type: 'image', mime: 'image/svg+xml', bytes: svg, width: 200, height: 100 } },
  { type: 'figure', visualId: 'v3', number: 3, anchor: 'fig-chart', title: 'Posities', caption: 'Wie staat waar.', credit: '', altText: 'Grafiek', image: { type: 'chart', chart: 'spectrum', data: spectrumData(demoProject().contributors, 'nl') } },
  { type: 'figure', visualId: 'v4', number: 4, anchor: 'fig-weg', title: '', caption: '', credit: '', altText: '', image: { type: 'missing' } },
];

export function sampleTree(): DocumentTree {
  return {
    meta: {
      title: 'Proefbundel',
      subtitle: 'Een ondertitel',
      authors: ['Eva Rademaker', 'Thomas Brouwer'],
      organisation: 'Werkplaats',
      year: 2026,
      isbn: null,
      licence: 'CC BY 4.0',
      description: 'Een bundel om te testen.',
      keywords: ['mantelzorg', 'wijk'],
      language: 'nl-NL',
    },
    cover: { title: 'Proefbundel', subtitle: 'Een ondertitel', editorsLine: 'Redactie: Eva Rademaker en Thomas Brouwer', organisation: 'Werkplaats', year: '2026', draftNote: '' },
    colophon: { facts: [{ label: 'Licentie', value: 'CC BY 4.0' }], blocks: [p(t('Gemaakt met Bundel.'))] },
    toc: [
      { level: 1, number: '1', title: 'Aan tafel', anchor: 'ch-een', chapterId: 'ch-1' },
      { level: 2, number: null, title: 'Een paragraaf', anchor: 'sec-een-paragraaf', chapterId: 'ch-1' },
      { level: 1, number: '2', title: 'Beelden', anchor: 'ch-twee', chapterId: 'ch-2' },
    ],
    chapters: [
      { id: 'ch-1', kind: 'chapter', number: 1, label: 'Hoofdstuk 1', title: 'Aan tafel', byline: 'Door de redactie', anchor: 'ch-een', blocks: chapterOne },
      { id: 'ch-2', kind: 'chapter', number: 2, label: 'Hoofdstuk 2', title: 'Beelden', byline: '', anchor: 'ch-twee', blocks: chapterTwo },
    ],
    threads: [
      { id: 'th-passage', chapterId: 'ch-1', anchored: true, quote: 'besproken tekst', resolved: true, comments: [
        { id: 'c1', author: 'Anna de Vries', initials: 'AdV', date: '2026-01-05T10:00:00Z', text: 'Klopt dit?' },
        { id: 'c2', author: 'Eva Rademaker', initials: 'ER', date: '2026-01-06T09:00:00Z', text: 'Ja, nagekeken.' },
      ] },
      { id: 'th-note', chapterId: 'ch-1', anchored: true, quote: '', resolved: false, comments: [{ id: 'c3', author: 'Bert', initials: 'B', date: '2026-01-07T09:00:00Z', text: 'Bron bij de noot?' }] },
      { id: 'th-lost', chapterId: 'ch-2', anchored: false, quote: 'verdwenen', resolved: false, comments: [{ id: 'c4', author: 'Anna de Vries', initials: 'AdV', date: 'geen datum', text: 'Waar is dit gebleven?' }] },
    ],
    labels: { contents: 'Inhoud', figure: 'Figuur', colophon: 'Colofon', chapter: 'Hoofdstuk', page: 'pagina' },
    hyphenation: [],
    problems: [],
  };
}
