/** The demo's two workgroups and the twelve sessions where their material was gathered. */
import type { Session, Workgroup } from '../model/index.js';

export const workgroups: Workgroup[] = [
  {
    id: 'wg-wijk',
    name: 'Werkgroep Wijk en netwerk',
    theme: 'Hoe wijkteams, vrijwilligers en bewonersinitiatieven in de wijk elkaar vinden en versterken',
    description:
      'Beleidsmakers, wijkteammedewerkers, opbouwwerkers, docentonderzoekers, vrijwilligers en bewoners uit Heukelveen, ' +
      'Oostwaarde, Rietdonk en Zandwerve onderzochten hoe formele en informele steun in de wijk op elkaar aansluiten. ' +
      'De groep ging op pad: een wijkwandeling, een avond in een buurtkamer, een gesprek op het stadhuis.\n\n' +
      'Vragen die steeds terugkwamen: wie weet wat er in een straat speelt, wie mag dat doorvertellen, en wat heeft een ' +
      'bewonersinitiatief nodig van de gemeente zonder er een gemeentelijk project van te maken?',
  },
  {
    id: 'wg-mantelzorg',
    name: 'Werkgroep Mantelzorg en maatwerk',
    theme: 'Hoe formele zorg mantelzorgers ontlast zonder het heft van hen over te nemen',
    description:
      'Mantelzorgers, mantelzorgconsulenten, wijkverpleegkundigen, een jongerenwerker, een zorgboerin en ' +
      'beleidsmedewerkers uit Arkeldijk, Rietdonk en Lingehoek zochten naar steun die past bij het leven van ' +
      'mantelzorgers, ook van wie werkt, studeert of nog op school zit.\n\n' +
      'De werkgroep sprak over respijt, over de keukentafel als plek waar beslissingen vallen, en over jonge ' +
      'mantelzorgers die niemand ziet zolang niemand ernaar vraagt.',
  },
];

export const sessions: Session[] = [
  {
    id: 'ses-01',
    kind: 'workgroupMeeting',
    title: 'Startbijeenkomst: wat noemen we informeel?',
    date: '2025-03-13',
    place: 'Hogeschool Lingedelta, Heukelveen',
    workgroupId: 'wg-wijk',
    participants: 16,
    notes:
      'Kennismaking in drie rondes. Iedereen zette zichzelf op een touw tussen "betaald en met protocol" en ' +
      '"onbetaald en uit betrokkenheid". Opvallend: bijna niemand stond helemaal aan een uiteinde.\n\n' +
      'Afgesproken: de volgende keer gaan we de wijk in.',
  },
  {
    id: 'ses-02',
    kind: 'workgroupMeeting',
    title: 'De mantelzorger als partner, niet als hulpbron',
    date: '2025-04-10',
    place: 'Bibliotheek Arkeldijk',
    workgroupId: 'wg-mantelzorg',
    participants: 14,
    notes:
      'Twee mantelzorgers vertelden hoe het eerste gesprek met de gemeente voor hen verliep. De professionals aan tafel ' +
      'herkenden de formulieren, niet het gevoel erbij. Uitgangsvraag voor de werkgroep geformuleerd.',
  },
  {
    id: 'ses-03',
    kind: 'focusGroup',
    title: 'Focusgroep mantelzorgers: wat ontlast echt?',
    date: '2025-05-22',
    place: 'Buurthuis De Wilg, Oostwaarde',
    workgroupId: 'wg-mantelzorg',
    participants: 11,
    notes:
      'Elf mantelzorgers, van 34 tot 81 jaar. Gespreksleiding door twee docentonderzoekers; verslag ter controle ' +
      'teruggelegd bij de deelnemers. Meest genoemd: minder regelwerk, één vast aanspreekpunt, respijt dat de ' +
      'zorgvrager zelf ook prettig vindt.',
  },
  {
    id: 'ses-04',
    kind: 'workgroupMeeting',
    title: 'Wijkwandeling en sociale kaart',
    date: '2025-06-19',
    place: 'Winkelcentrum De Linde, Rietdonk',
    workgroupId: 'wg-wijk',
    participants: 18,
    notes:
      'In drie groepjes door de wijk, elk met een bewoner als gids. Daarna samen getekend welke plekken informeel ' +
      'belangrijk zijn: de kapper, het bankje bij de apotheek, de moskee, de volkstuinen. Het wijkteam kende de helft.',
  },
  {
    id: 'ses-05',
    kind: 'workgroupMeeting',
    title: 'Respijt en vervangende zorg',
    date: '2025-09-11',
    place: 'Gemeentehuis Heukelveen',
    workgroupId: 'wg-mantelzorg',
    participants: 13,
    notes:
      'Verkenning van het aanbod: logeeropvang, dagbesteding, vrijwillige oppas. Aanbod is er, maar mantelzorgers ' +
      'vinden het niet of gebruiken het niet. Drie redenen benoemd: schuldgevoel, regelwerk en weerstand bij de naaste.',
  },
  {
    id: 'ses-06',
    kind: 'focusGroup',
    title: 'Focusgroep vrijwilligers: ruimte en grenzen',
    date: '2025-10-02',
    place: 'Dorpshuis Zandwerve',
    workgroupId: 'wg-wijk',
    participants: 12,
    notes:
      'Twaalf vrijwilligers uit klussendienst, buurtbus, taalcafé en maatjesproject. Centrale vraag: wanneer ' +
      'voelt samenwerken met het wijkteam als steun en wanneer als een opdracht? Veel herkenning rond het dilemma ' +
      'van melden.',
  },
  {
    id: 'ses-07',
    kind: 'workgroupMeeting',
    title: 'Signalen delen zonder vertrouwen te schaden',
    date: '2025-10-30',
    place: 'Wijkcentrum Het Anker, Arkeldijk',
    workgroupId: 'wg-wijk',
    participants: 15,
    notes:
      'Casusbespreking met een jurist van de gemeente als gast. Wat mag, wat moet en wat is verstandig? De bewoners ' +
      'in de werkgroep brachten een ander perspectief in: het gaat niet alleen om wat mag, maar om wie het vertelt.',
  },
  {
    id: 'ses-08',
    kind: 'focusGroup',
    title: 'Focusgroep bewonersinitiatieven en de gemeente',
    date: '2025-11-20',
    place: 'Buurtkamer De Wilg, Oostwaarde',
    workgroupId: null,
    participants: 14,
    notes:
      'Initiatiefnemers van buurtkamers, een moestuin, een eetgroep en een klussendienst, met twee ' +
      'beleidsmedewerkers. Gezamenlijk georganiseerd door beide werkgroepen. Het gesprek ging vooral over geld, ' +
      'verantwoording en de vraag wie de eigenaar is van een idee.',
  },
  {
    id: 'ses-09',
    kind: 'workgroupMeeting',
    title: 'Jonge mantelzorgers: zien zonder te stempelen',
    date: '2025-12-11',
    place: 'Scholengemeenschap Lingehoek',
    workgroupId: 'wg-mantelzorg',
    participants: 12,
    notes:
      'Met twee mentoren, de jongerenwerker en een schoolmaatschappelijk werker. Afgesproken om een jonge ' +
      'mantelzorger zelf te laten vertellen, met toestemming van haar ouders; die toestemming is aangevraagd.',
  },
  {
    id: 'ses-10',
    kind: 'focusGroup',
    title: 'Focusgroep professionals: loslaten en vasthouden',
    date: '2026-01-22',
    place: 'Hogeschool Lingedelta, Heukelveen',
    workgroupId: null,
    participants: 10,
    notes:
      'Tien professionals uit wijkteams, thuiszorg en welzijn. Wat betekent het voor je vak als de bewoner en zijn ' +
      'netwerk het voortouw nemen? Eerlijk gesprek over controle, aansprakelijkheid en werkdruk.',
  },
  {
    id: 'ses-11',
    kind: 'workgroupMeeting',
    title: 'Wat vraagt dit van beleid?',
    date: '2026-02-12',
    place: 'Stadhuis Heukelveen',
    workgroupId: 'wg-wijk',
    participants: 17,
    notes:
      'De oogst van een jaar voorgelegd aan twee wethouders en vier beleidsadviseurs. Eerste versie van de ' +
      'aanbevelingen besproken en aangescherpt.',
  },
  {
    id: 'ses-12',
    kind: 'workgroupMeeting',
    title: 'Oogst en aanbevelingen',
    date: '2026-03-12',
    place: 'Zorgboerderij De Hooiberg, Rietdonk',
    workgroupId: 'wg-mantelzorg',
    participants: 22,
    notes:
      'Slotbijeenkomst van de werkgroep, met gasten uit de andere werkgroep. Aanbevelingen voor bewoners samen met ' +
      'mantelzorgers herschreven in hun eigen woorden. Afspraak over meelezen van de bundel.',
  },
];
