/**
 * The demo's visuals: a drawn PNG map, three hand-written SVGs and a chart
 * that the export draws from the project's own contributors. Image bytes go
 * into `images` once, keyed by their SHA-256, as the store keeps them.
 */
import { createHash } from 'node:crypto';
import type { ImageBlob, ImageMime, Session, Visual } from '../../model/index.js';
import { kitchenHeight, kitchenSvg, kitchenWidth } from './kitchen-svg.js';
import { drawMap, mapHeight, mapWidth } from './map.js';
import { spectrumHeight, spectrumSvg, spectrumWidth } from './spectrum-svg.js';
import { trajectoryHeight, trajectorySvg, trajectoryWidth } from './trajectory-svg.js';

const credit = 'Illustratie: Werkplaats Sociaal Domein Lingedelta';

interface Drawn {
  blob: ImageBlob;
  source: Extract<Visual['source'], { type: 'image' }>;
}

function image(bytes: Uint8Array<ArrayBuffer>, mime: ImageMime, width: number, height: number): Drawn {
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { blob: { hash, mime, bytes }, source: { type: 'image', hash, mime, width, height } };
}

function svg(markup: string, width: number, height: number): Drawn {
  return image(new TextEncoder().encode(markup), 'image/svg+xml', width, height);
}

export function demoVisuals(sessions: Session[]): { visuals: Visual[]; images: ImageBlob[] } {
  const map = image(drawMap(sessions), 'image/png', mapWidth, mapHeight);
  const trajectory = svg(trajectorySvg(sessions), trajectoryWidth, trajectoryHeight);
  const spectrum = svg(spectrumSvg(), spectrumWidth, spectrumHeight);
  const kitchen = svg(kitchenSvg(), kitchenWidth, kitchenHeight);

  const visuals: Visual[] = [
    {
      id: 'vis-traject',
      title: 'Het traject: twaalf bijeenkomsten',
      source: trajectory.source,
      caption:
        'Acht werkgroepbijeenkomsten en vier focusgroepen tussen maart 2025 en maart 2026, genummerd in de ' +
        'volgorde waarin ze plaatsvonden.',
      credit,
      altText:
        'Tijdlijn van maart 2025 tot maart 2026 met twaalf genummerde stippen. Blauwgroene stippen zijn ' +
        'werkgroepbijeenkomsten, oranje stippen focusgroepen; bij elke stip staan de datum en de plaats.',
      sessionId: null,
    },
    {
      id: 'vis-kaart',
      title: 'De Lingedelta: waar de werkplaats samenkwam',
      source: map.source,
      caption:
        'Gestileerde kaart van de Lingedelta. Elke stip is een bijeenkomst; hoe groter de stip, hoe meer ' +
        'deelnemers. De meeste bijeenkomsten waren in Heukelveen, waar de hogeschool staat.',
      credit,
      altText:
        'Kaart van een polderlandschap met twee rivieren en zes plaatsen, verbonden door dijkwegen: Arkeldijk, ' +
        'Lingehoek, Heukelveen, Zandwerve, Oostwaarde en Rietdonk. Bij elke plaats staan één tot vier stippen ' +
        'voor de bijeenkomsten die er plaatsvonden; Heukelveen heeft er vier.',
      sessionId: null,
    },
    {
      id: 'vis-keukentafel',
      title: 'Aan de keukentafel',
      source: kitchen.source,
      caption: 'Het gesprek begint bij wie er al is: de netwerkkaart ligt op tafel, de laptop blijft dicht.',
      credit: `${credit}, naar een schets uit de eerste werkgroepbijeenkomst`,
      altText:
        'Vlakke illustratie van drie mensen aan een keukentafel. In het midden ligt een groot vel met ' +
        'kringen rond een stip; aan de kant ligt een dichtgeklapte laptop, verder kopjes en een theepot.',
      sessionId: 'ses-01',
    },
    {
      id: 'vis-spectrum',
      title: 'Van formeel naar informeel',
      source: spectrum.source,
      caption:
        'In de eerste bijeenkomst plaatste iedereen zich op een touw door de zaal. Tussen de uitersten bleek ' +
        'een breed hybride middengebied te liggen.',
      credit: `${credit}, naar de opstelling van 13 maart 2025`,
      altText:
        'Een balk die van blauwgroen (formeel) via zandkleur (hybride) naar oranje (informeel) loopt. Daarop ' +
        'staan tien rollen, van beleidsadviseur en wijkteammedewerker links, via ervaringsdeskundige en ' +
        'sociaal ondernemer in het midden, tot vrijwilliger, buurtbewoner en mantelzorger rechts.',
      sessionId: 'ses-01',
    },
    {
      id: 'vis-posities',
      title: 'Posities van de bijdragers',
      source: { type: 'chart', chart: 'spectrum' },
      caption: 'De bijdragers aan deze bundel naar hun positie: formeel, hybride of informeel.',
      credit: 'Grafiek: gegenereerd uit de gegevens van de bijdragers',
      altText: 'Grafiek van de bijdragers aan deze bundel, verdeeld over de posities formeel, hybride en informeel.',
      sessionId: null,
    },
  ];
  return { visuals, images: [map.blob, trajectory.blob, spectrum.blob, kitchen.blob] };
}
