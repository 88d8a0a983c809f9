/**
 * "Van formeel naar informeel": the spectrum the first workgroup meeting laid
 * out with a rope across the room, with the positions people took on it.
 */
import { round, svgDocument, text } from './svg.js';

export const spectrumWidth = 1200;
export const spectrumHeight = 600;

const colour = { formal: '#1F5F6B', hybrid: '#D8C39A', informal: '#E07A3F', ink: '#2E3A40', muted: '#6B7780' };

/** Where each kind of participant stood, from 0 (formal) to 1 (informal). */
const stops: [number, string][] = [
  [0.04, 'beleidsadviseur'],
  [0.13, 'wijkteammedewerker'],
  [0.23, 'mantelzorgconsulent'],
  [0.36, 'ervaringsdeskundige'],
  [0.47, 'sociaal ondernemer'],
  [0.57, 'coördinerend vrijwilliger'],
  [0.69, 'vrijwilliger'],
  [0.79, 'sleutelfiguur'],
  [0.88, 'buurtbewoner'],
  [0.96, 'mantelzorger'],
];

const barX = 80;
const barY = 290;
const barWidth = 1040;
const barHeight = 36;

export function spectrumSvg(): string {
  const body: string[] = [
    `<defs><linearGradient id="spectrum-fill" x1="0" y1="0" x2="1" y2="0">` +
      `<stop offset="0" stop-color="${colour.formal}"/><stop offset="0.5" stop-color="${colour.hybrid}"/>` +
      `<stop offset="1" stop-color="${colour.informal}"/></linearGradient></defs>`,
    `<rect width="${spectrumWidth}" height="${spectrumHeight}" fill="#FBF8F3"/>`,
    text(barX, 64, 'Van formeel naar informeel', `font-size="30" font-weight="700" fill="${colour.ink}"`),
    text(barX, 96, 'Waar deelnemers aan de werkplaats zichzelf plaatsten', `font-size="18" fill="${colour.muted}"`),
    `<rect x="${barX}" y="${barY}" width="${barWidth}" height="${barHeight}" rx="18" fill="url(#spectrum-fill)"/>`,
  ];
  stops.forEach(([at, label], i) => {
    const x = barX + at * barWidth;
    const above = i % 2 === 0;
    const far = Math.floor(i / 2) % 2 === 1;
    const labelY = above ? (far ? 190 : 240) : far ? 420 : 372;
    const stemEnd = above ? labelY + 10 : labelY - 20;
    body.push(
      `<line x1="${round(x)}" y1="${above ? barY : barY + barHeight}" x2="${round(x)}" y2="${stemEnd}" stroke="${colour.muted}" stroke-width="1.5"/>`,
      `<circle cx="${round(x)}" cy="${barY + barHeight / 2}" r="9" fill="#FFFFFF" stroke="${colour.ink}" stroke-width="3"/>`,
      text(x, labelY, label, `font-size="17" text-anchor="middle" fill="${colour.ink}"`),
    );
  });
  body.push(
    text(barX, 490, 'formeel', `font-size="22" font-weight="700" fill="${colour.formal}"`),
    text(barX + barWidth / 2, 490, 'hybride', `font-size="22" font-weight="700" text-anchor="middle" fill="#8A7448"`),
    text(barX + barWidth, 490, 'informeel', `font-size="22" font-weight="700" text-anchor="end" fill="${colour.informal}"`),
    text(barX, 518, 'betaald, met opdracht en protocol', `font-size="15" fill="${colour.muted}"`),
    text(barX + barWidth, 518, 'onbetaald, uit betrokkenheid', `font-size="15" text-anchor="end" fill="${colour.muted}"`),
    text(spectrumWidth / 2, 568, 'Bijna niemand stond helemaal aan een uiteinde.', `font-size="17" font-style="italic" text-anchor="middle" fill="${colour.ink}"`),
  );
  return svgDocument(
    spectrumWidth,
    spectrumHeight,
    'Van formeel naar informeel',
    'Een balk die loopt van formeel (betaald, met opdracht en protocol) via hybride naar informeel ' +
      '(onbetaald, uit betrokkenheid), met daarop tien rollen van beleidsadviseur tot mantelzorger.',
    body,
  );
}
