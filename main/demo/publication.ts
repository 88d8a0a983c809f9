import type { Publication } from '../model/index.js';

export const publication: Publication = {
  title: 'Op weg naar samenspel',
  subtitle: 'Formeel en informeel in de wijken van de Lingedelta',
  editors: ['Eva Rademaker', 'Hanneke Mulder', 'Thomas Brouwer'],
  organisation: 'Werkplaats Sociaal Domein Lingedelta',
  year: 2026,
  isbn: '978-90-833421-0-8',
  licence: 'CC BY-NC 4.0',
  description:
    'Een jaar lang zochten beleidsmakers, sociaal professionals, docentonderzoekers, mantelzorgers, ' +
    'vrijwilligers en bewoners in de Lingedelta samen naar een beter samenspel tussen formele en informele ' +
    'zorg. In acht werkgroepbijeenkomsten en vier focusgroepen verzamelden zij verhalen, dilemma’s, ' +
    'praktijkvoorbeelden en oplossingsrichtingen. Deze bundel brengt die oogst samen in zes hoofdstukken, ' +
    'drie essays en aanbevelingen voor beleidsmakers, professionals en bewoners.',
  keywords: [
    'formele en informele zorg',
    'mantelzorg',
    'vrijwilligers',
    'wijkteams',
    'bewonersinitiatieven',
    'eigen regie',
    'sociaal domein',
    'Lingedelta',
  ],
  language: 'nl',
  templateId: 'werkplaats-a4',
  // Compounds of the domain whose seam the Dutch patterns miss ("zor-gon-der", "cen-ton-der").
  hyphenation: ['man-tel-zorg-on-der-steu-ning', 'do-cent-on-der-zoe-ker', 'do-cent-on-der-zoe-kers'],
};
