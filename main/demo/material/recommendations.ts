/** Aanbevelingen, three for each audience: beleidsmakers, professionals and bewoners. */
import type { MaterialItem } from '../../model/index.js';
import { recommendation } from './make.js';

export const recommendations: MaterialItem[] = [
  recommendation({
    id: 'mat-aanbeveling-beleid-vertrouwen',
    title: 'Laat regels meegroeien met het bedrag',
    audience: 'policyMakers',
    workgroup: 'wijk',
    session: '11',
    by: ['samira-el-amrani', 'ingrid-vos', 'kees-de-groot'],
    themes: ['geld en regels', 'bewonersinitiatieven', 'vertrouwen'],
    status: 'approved',
    created: '2026-02-13',
    updated: '2026-03-16',
    body: `
      Vraag voor kleine bedragen een korte aanvraag en verantwoord in een gesprek. Bewaar zware procedures voor
      grote bedragen en grote risico’s. Betrek bewoners bij het beoordelen van aanvragen uit hun buurt.
    `,
  }),
  recommendation({
    id: 'mat-aanbeveling-beleid-buiten-kantoortijd',
    title: 'Organiseer steun voor mantelzorgers ook buiten kantoortijd',
    audience: 'policyMakers',
    workgroup: 'mantelzorg',
    session: '12',
    by: ['ruben-hoekstra', 'erik-van-houten'],
    themes: ['mantelzorg', 'geld en regels'],
    status: 'approved',
    created: '2026-03-13',
    updated: '2026-03-18',
    body: `
      De meeste mantelzorgers werken. Zorg dat spreekuren, keukentafelgesprekken en cursussen ook ’s avonds en
      op zaterdag kunnen, en spreek werkgevers in de regio aan op mantelzorgvriendelijk beleid.
    `,
  }),
  recommendation({
    id: 'mat-aanbeveling-beleid-tijd',
    title: 'Financier tijd om te verbinden',
    audience: 'policyMakers',
    workgroup: 'wijk',
    session: '11',
    by: ['geert-van-dalen', 'jeroen-smits'],
    themes: ['samenwerking', 'geld en regels'],
    status: 'edited',
    created: '2026-02-13',
    updated: '2026-03-16',
    body: `
      Samenwerking tussen formeel en informeel kost tijd die in geen productieafspraak past: koffie in de
      buurtkamer, een wijkwandeling, een tweede bezoek. Reken die tijd mee in contracten met wijkteams en
      welzijnsorganisaties, en vraag er verhalen over terug in plaats van aantallen.
    `,
  }),
  recommendation({
    id: 'mat-aanbeveling-prof-wie-is-er-al',
    title: 'Vraag eerst wie er al is',
    audience: 'professionals',
    workgroup: 'wijk',
    session: '11',
    by: ['marloes-bakker', 'ans-van-leeuwen'],
    themes: ['eigen regie', 'samenwerking'],
    status: 'approved',
    created: '2026-02-13',
    updated: '2026-03-16',
    body: `
      Begin een gesprek bij de mensen die al helpen: buren, familie, vrijwilligers. Breng ze samen met de
      bewoner in kaart, neem ze serieus als partner en regel niets over hun hoofd heen.
    `,
  }),
  recommendation({
    id: 'mat-aanbeveling-prof-toestemming',
    title: 'Deel pas na toestemming, en met de bewoner aan tafel',
    audience: 'professionals',
    workgroup: 'wijk',
    session: '11',
    by: ['rob-van-der-meer', 'nadia-boukhari'],
    themes: ['privacy', 'vertrouwen'],
    status: 'approved',
    created: '2026-02-13',
    updated: '2026-03-16',
    body: `
      Vraag voor elk overleg toestemming, bespreek met wie en waarover er gesproken wordt, en nodig de bewoner
      uit om erbij te zijn. Leg het verslag eerst aan hem of haar voor.
    `,
  }),
  recommendation({
    id: 'mat-aanbeveling-prof-vrijwilligers',
    title: 'Behandel vrijwilligers als partner, met grenzen',
    audience: 'professionals',
    workgroup: 'wijk',
    session: '11',
    by: ['lotte-jansen', 'wim-van-rijn'],
    themes: ['vrijwilligers', 'samenwerking'],
    status: 'edited',
    created: '2026-02-13',
    updated: '2026-03-16',
    body: `
      Bespreek vooraf wat een vrijwilliger wel en niet doet. Geef een vast aanspreekpunt voor zorgen, praat
      regelmatig samen na en zeg het hardop als een vraag niet bij vrijwilligerswerk hoort.
    `,
  }),
  recommendation({
    id: 'mat-aanbeveling-bewoners-op-tijd',
    title: 'Vraag hulp voordat je niet meer kunt',
    audience: 'residents',
    workgroup: 'mantelzorg',
    session: '12',
    by: ['marianne-stolk', 'dewi-santoso'],
    themes: ['mantelzorg', 'eigen regie'],
    status: 'approved',
    created: '2026-03-13',
    updated: '2026-03-18',
    body: `
      Wacht niet tot je op bent. Praat met andere mantelzorgers, kom eens langs bij het mantelzorgcafé en
      vertel aan de keukentafel ook wat jij nodig hebt, niet alleen wat je naaste nodig heeft.
    `,
  }),
  recommendation({
    id: 'mat-aanbeveling-bewoners-klein-beginnen',
    title: 'Begin klein en zoek bondgenoten',
    audience: 'residents',
    workgroup: 'wijk',
    session: '12',
    by: ['kees-de-groot', 'gijs-hendriks'],
    themes: ['bewonersinitiatieven'],
    status: 'approved',
    created: '2026-03-13',
    updated: '2026-03-18',
    body: `
      Een goed idee heeft eerst buren nodig, pas daarna geld. Begin met wat je zelf kunt, zoek een of twee
      mensen die meedoen en vraag de opbouwwerker of het buurtbudget pas als je weet wat je wilt.
    `,
  }),
  recommendation({
    id: 'mat-aanbeveling-bewoners-stem',
    title: 'Laat je ervaring meetellen',
    audience: 'residents',
    workgroup: 'mantelzorg',
    session: '12',
    by: ['marianne-stolk', 'hamid-saidi'],
    themes: ['samen leren', 'vertrouwen'],
    status: 'edited',
    created: '2026-03-13',
    updated: '2026-03-18',
    body: `
      Wat jij meemaakt, is kennis. Vertel het aan de gemeente, de werkplaats of de cliëntenraad. Beleid wordt
      beter als het wordt getoetst aan het leven van alledag.
    `,
  }),
];
