/**
 * Comment threads from the review round. Each thread's passage is marked in
 * its chapter's body; the anchor is derived from that body (anchors.ts), so
 * quote, prefix and suffix always agree with the text.
 */
import type { Author, Chapter, CommentThread } from '../model/index.js';
import { anchorFor } from './anchors.js';
import { timestamp } from './material/make.js';

const eva: Author = { name: 'Eva Rademaker', initials: 'ER', role: 'editor' };
const hanneke: Author = { name: 'Hanneke Mulder', initials: 'HM', role: 'editor' };
const samira: Author = { name: 'Samira El Amrani', initials: 'SEA', role: 'reviewer' };
const jeroen: Author = { name: 'Jeroen Smits', initials: 'JS', role: 'reviewer' };
const marianne: Author = { name: 'Marianne Stolk', initials: 'MS', role: 'reviewer' };
const ingrid: Author = { name: 'Ingrid Vos', initials: 'IV', role: 'reviewer' };

interface ThreadSpec {
  id: string;
  chapterId: string;
  /** Author, text and `YYYY-MM-DD HH:MM` (UTC), oldest first. */
  comments: [Author, string, string][];
  resolved?: [Author, string];
}

const specs: ThreadSpec[] = [
  {
    id: 'thr-inleiding-aantallen',
    chapterId: 'ch-inleiding',
    comments: [
      [samira, 'Klopt dit? Ik had begrepen dat er meer dan honderd mensen hebben meegedaan.', '2026-03-16 08:42'],
      [
        eva,
        'Dat is het verschil tussen deelnames en mensen: 174 keer tekende iemand de presentielijst, maar veel ' +
          'mensen kwamen vaker. Ik heb de zin zo aangepast dat beide getallen erin staan.',
        '2026-03-16 13:05',
      ],
      [samira, 'Helder, dank je.', '2026-03-17 07:58'],
    ],
    resolved: [samira, '2026-03-17 08:00'],
  },
  {
    id: 'thr-keukentafel-ontzorgen',
    chapterId: 'ch-keukentafel',
    comments: [
      [
        marianne,
        '‘Ontzorgen’ is voor veel mantelzorgers een beladen woord. Het klinkt alsof zorg een last is die weg ' +
          'moet. Voor mij is het ook iets wat ik wíl doen.',
        '2026-03-06 19:14',
      ],
      [
        eva,
        'Goed punt. Wil je dat we het woord schrappen, of juist laten staan en er iets over zeggen? ' +
          'Professionals gebruiken het veel.',
        '2026-03-09 09:20',
      ],
      [marianne, 'Laat maar staan, maar zet er een zin achter dat het voor mantelzorgers anders kan klinken.', '2026-03-09 20:03'],
      [hanneke, 'Eens. Ik stel in de volgende ronde een zin voor.', '2026-03-10 10:31'],
    ],
  },
  {
    id: 'thr-ontlasten-iris',
    chapterId: 'ch-ontlasten',
    comments: [
      [
        jeroen,
        'Het verhaal van Iris staat hieronder in een kader, maar de toestemming van haar ouders staat nog op ' +
          '‘gevraagd’. Kan dit zo naar de drukker?',
        '2026-03-10 14:47',
      ],
      [
        eva,
        'Nee. Daan heeft de ouders gesproken en verwacht voor 1 april antwoord. Komt er geen toestemming, dan ' +
          'haal ik het kader weg en herschrijf ik deze alinea.',
        '2026-03-11 08:15',
      ],
    ],
  },
  {
    id: 'thr-vrijwilligers-meldroute',
    chapterId: 'ch-vrijwilligers',
    comments: [
      [
        ingrid,
        'Is ‘route’ duidelijk genoeg? Voor ons als gemeente klinkt dat al snel als een formele meldroute, zoals ' +
          'bij de meldcode.',
        '2026-02-25 11:02',
      ],
      [
        eva,
        'Ik snap de verwarring. In de oplossingsrichting staat nu ‘zachte route’, met de uitleg dat het om een ' +
          'aanspreekpunt gaat en niet om een melding.',
        '2026-02-26 09:40',
      ],
      [ingrid, 'Zo is het goed.', '2026-02-26 15:12'],
    ],
    resolved: [ingrid, '2026-02-26 15:13'],
  },
  {
    id: 'thr-initiatieven-toon',
    chapterId: 'ch-initiatieven',
    comments: [
      [
        samira,
        'Hier klinkt de gemeente nogal als tegenpartij, en zo is het in Oostwaarde juist niet bedoeld. Kan de ' +
          'zin evenwichtiger?',
        '2026-03-13 10:25',
      ],
      [eva, 'De alinea erna nuanceert het, maar ik kijk of dat eerder kan.', '2026-03-13 16:48'],
    ],
  },
  {
    id: 'thr-signalen-avg',
    chapterId: 'ch-signalen',
    comments: [
      [jeroen, 'Goed om hier te verwijzen naar wat er juridisch wel en niet mag? Nu blijft het wat in het midden.', '2026-03-02 13:30'],
      [
        eva,
        'Ik heb een voetnoot toegevoegd met een verwijzing naar de Autoriteit Persoonsgegevens. Een juridische ' +
          'uitleg past niet in deze bundel.',
        '2026-03-04 09:05',
      ],
    ],
    resolved: [eva, '2026-03-04 09:06'],
  },
  {
    id: 'thr-essay-toon',
    chapterId: 'ch-essay-eigen-kracht',
    comments: [
      [
        samira,
        'Scherp geformuleerd. Het is een essay, dus dat mag, maar ‘bezuinigingsdoelstelling’ gaat voor sommige ' +
          'gemeenten te ver. Hebben jullie een voorbeeld?',
        '2026-03-15 09:12',
      ],
      [hanneke, 'Ik heb het aan Thomas en Nadia voorgelegd. Ze houden het woord en voegen een voorbeeld uit een begroting toe.', '2026-03-16 11:27'],
      [samira, 'Prima. Ik lees de nieuwe versie graag nog eens.', '2026-03-16 12:02'],
    ],
  },
];

function at(moment: string): string {
  const [date = '', time = ''] = moment.split(' ');
  return timestamp(date, time);
}

export function demoThreads(chapters: Chapter[]): CommentThread[] {
  return specs.map((spec) => {
    const chapter = chapters.find((c) => c.id === spec.chapterId);
    if (!chapter) throw new Error(`threads: no chapter ${spec.chapterId} for ${spec.id}`);
    return {
      id: spec.id,
      chapterId: spec.chapterId,
      anchor: anchorFor(chapter.body, spec.id),
      comments: spec.comments.map(([author, text, moment], i) => ({
        id: `${spec.id.replace(/^thr-/, 'cmt-')}-${i + 1}`,
        author,
        text,
        createdAt: at(moment),
        editedAt: null,
      })),
      resolved: spec.resolved !== undefined,
      resolvedBy: spec.resolved?.[0] ?? null,
      resolvedAt: spec.resolved ? at(spec.resolved[1]) : null,
      reanchoredAt: null,
    };
  });
}
