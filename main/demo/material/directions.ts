/** Oplossingsrichtingen: directions for action, each linked to the dilemmas it answers. */
import type { MaterialItem } from '../../model/index.js';
import { direction } from './make.js';

export const directions: MaterialItem[] = [
  direction({
    id: 'mat-richting-rollen',
    title: 'Bespreek rollen, niet alleen taken',
    answers: ['mat-dilemma-overnemen', 'mat-dilemma-respijt'],
    workgroup: 'mantelzorg',
    session: '05',
    by: ['petra-de-wit', 'fatma-yilmaz', 'marianne-stolk'],
    themes: ['mantelzorg', 'eigen regie', 'samenwerking'],
    status: 'approved',
    created: '2025-09-16',
    updated: '2026-01-20',
    body: `
      Een zorgplan verdeelt taken: wie wast, wie kookt, wie belt de apotheek. Maar mantelzorgers hechten niet
      aan taken, ze hechten aan hun rol: dochter, echtgenoot, buurvrouw.

      Vraag daarom eerst welke rol iemand wil houden en welke taken daar wel en niet bij horen. Dan kan
      professionele zorg de zware taken overnemen en de mantelzorger de rol laten die hem of haar dierbaar is.
      Maak die afspraak samen met de zorgvrager, en kijk er elk halfjaar opnieuw naar.
    `,
  }),
  direction({
    id: 'mat-richting-meldroute',
    title: 'Een zachte route voor zorgen van vrijwilligers',
    answers: ['mat-dilemma-melden'],
    workgroup: 'wijk',
    session: '06',
    by: ['lotte-jansen', 'wim-van-rijn', 'marloes-bakker'],
    themes: ['vrijwilligers', 'vertrouwen', 'privacy'],
    status: 'approved',
    created: '2025-10-09',
    updated: '2026-01-13',
    body: `
      Geef vrijwilligers een vast aanspreekpunt bij wie ze een zorg kwijt kunnen zonder dat dat automatisch een
      melding wordt. Samen bespreken ze wat er aan de hand lijkt en hoe de bewoner zelf bij de keuze kan worden
      betrokken.

      Het uitgangspunt is: eerst met de bewoner, dan over de bewoner. Alleen bij acuut gevaar gaat het anders,
      en dan weet de vrijwilliger dat vooraf.
    `,
  }),
  direction({
    id: 'mat-richting-vertrouwen-vooraf',
    title: 'Vertrouwen vooraf, gesprek achteraf',
    answers: ['mat-dilemma-subsidie'],
    workgroup: null,
    session: '08',
    by: ['samira-el-amrani', 'ingrid-vos', 'kees-de-groot'],
    themes: ['geld en regels', 'bewonersinitiatieven', 'vertrouwen'],
    status: 'edited',
    created: '2025-11-25',
    updated: '2026-02-18',
    body: `
      Maak de eisen aan aanvraag en verantwoording afhankelijk van het bedrag en het risico. Voor kleine
      bedragen volstaat een korte aanvraag en een gesprek achteraf, waarin de initiatiefnemers vertellen wat er
      is gebeurd en wat ze hebben geleerd.

      Zo krijgt de gemeente verhalen in plaats van turflijsten, en houden bewoners tijd over voor waar het om
      begon.
    `,
  }),
  direction({
    id: 'mat-richting-niet-zonder-mij',
    title: 'Niet over mij zonder mij',
    answers: ['mat-dilemma-signalen'],
    workgroup: 'wijk',
    session: '07',
    by: ['rob-van-der-meer', 'mirjam-peters', 'nadia-boukhari'],
    themes: ['privacy', 'vertrouwen', 'eigen regie'],
    status: 'approved',
    created: '2025-11-04',
    updated: '2026-02-09',
    body: `
      Houd geen overleg over een bewoner of gezin zonder dat zij het weten, en nodig hen uit om erbij te zijn.
      Vraag vooraf met wie er gesproken mag worden en waarover. Leg het verslag eerst aan hen voor.

      Dat kost bij de start meer tijd, maar het voorkomt dat mensen zich terugtrekken, en met hen de informatie
      die je nodig hebt om te helpen.
    `,
  }),
  direction({
    id: 'mat-richting-school',
    title: 'Mantelzorg als gewoon gespreksonderwerp op school',
    answers: ['mat-dilemma-school'],
    workgroup: 'mantelzorg',
    session: '09',
    by: ['daan-verhoef', 'esther-kok'],
    themes: ['mantelzorg', 'samen leren'],
    status: 'raw',
    created: '2025-12-16',
    updated: '2025-12-16',
    body: `
      Maak zorgen voor iemand thuis een gewoon onderwerp in de mentorles, zonder leerlingen aan te wijzen. Wie
      herkent waar het over gaat, weet dan bij wie hij terechtkan, op het moment dat hij er zelf aan toe is.
    `,
  }),
  direction({
    id: 'mat-richting-leren-met',
    title: 'Leren mét de wijk, niet over de wijk',
    answers: ['mat-dilemma-studenten'],
    workgroup: 'wijk',
    session: '10',
    by: ['thomas-brouwer', 'bram-dekker', 'gijs-hendriks'],
    themes: ['samen leren', 'vertrouwen', 'samenwerking'],
    status: 'edited',
    created: '2026-01-27',
    updated: '2026-03-02',
    body: `
      Verbind studenten langer aan één wijk, laat bewoners meedenken over de onderzoeksvragen en meebeoordelen,
      en spreek vooraf af wat de wijk terugkrijgt. Zo wordt een stage een bijdrage, en geen bezoek.
    `,
  }),
];
