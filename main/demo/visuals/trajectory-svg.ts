/**
 * "Het traject: twaalf bijeenkomsten": a timeline of the sessions, drawn
 * from the session records so the picture always matches the data.
 */
import type { Session } from '../../model/index.js';
import { townOf } from './places.js';
import { round, svgDocument, text } from './svg.js';

export const trajectoryWidth = 1200;
export const trajectoryHeight = 560;

const months = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const colour = { meeting: '#1F5F6B', focusGroup: '#E07A3F', ink: '#2E3A40', muted: '#6B7780', line: '#C9CFD3' };

const axisY = 300;
const left = 80;
const monthWidth = 80;
/** The timeline runs from March 2025 through March 2026: thirteen months. */
const firstYear = 2025;
const firstMonth = 3;
const monthCount = 13;

function monthIndex(date: string): number {
  return (Number(date.slice(0, 4)) - firstYear) * 12 + Number(date.slice(5, 7)) - firstMonth;
}

function xOf(date: string): number {
  const day = Number(date.slice(8, 10));
  return left + (monthIndex(date) + (day - 0.5) / 31) * monthWidth;
}

export function trajectorySvg(sessions: Session[]): string {
  const sorted = [...sessions].sort((a, b) => a.date.localeCompare(b.date));
  const meetings = sorted.filter((s) => s.kind === 'workgroupMeeting').length;
  const focusGroups = sorted.filter((s) => s.kind === 'focusGroup').length;
  const body: string[] = [
    `<rect width="${trajectoryWidth}" height="${trajectoryHeight}" fill="#FBF8F3"/>`,
    text(left, 64, 'Het traject: twaalf bijeenkomsten', `font-size="30" font-weight="700" fill="${colour.ink}"`),
    text(left, 96, 'maart 2025 – maart 2026', `font-size="18" fill="${colour.muted}"`),
    `<line x1="${left}" y1="${axisY}" x2="${left + monthCount * monthWidth}" y2="${axisY}" stroke="${colour.line}" stroke-width="6" stroke-linecap="round"/>`,
  ];
  const labels: string[] = [];
  // Month labels carry a halo in the background colour: stems to labels below the axis pass behind them.
  const halo = 'stroke="#FBF8F3" stroke-width="6" paint-order="stroke"';
  for (let m = 0; m < monthCount; m += 1) {
    const x = left + m * monthWidth;
    const calendarMonth = (firstMonth - 1 + m) % 12;
    body.push(`<line x1="${x}" y1="${axisY - 8}" x2="${x}" y2="${axisY + 8}" stroke="${colour.line}" stroke-width="2"/>`);
    labels.push(text(x + monthWidth / 2, axisY + 30, months[calendarMonth] ?? '', `font-size="14" text-anchor="middle" fill="${colour.muted}" ${halo}`));
    if (m === 0 || calendarMonth === 0) {
      const year = String(firstYear + Math.floor((firstMonth - 1 + m) / 12));
      labels.push(text(x + 4, axisY + 52, year, `font-size="14" font-weight="700" fill="${colour.muted}" ${halo}`));
    }
  }
  sorted.forEach((session, i) => body.push(...marker(session, i)));
  body.push(...labels);
  body.push(...legend(meetings, focusGroups));
  return svgDocument(
    trajectoryWidth,
    trajectoryHeight,
    'Het traject: twaalf bijeenkomsten',
    `Tijdlijn van maart 2025 tot maart 2026 met ${meetings} werkgroepbijeenkomsten en ${focusGroups} focusgroepen, elk met datum en plaats.`,
    body,
  );
}

function marker(session: Session, i: number): string[] {
  const x = xOf(session.date);
  const fill = session.kind === 'focusGroup' ? colour.focusGroup : colour.meeting;
  // Labels alternate above and below the axis, near and far, so neighbours never overlap.
  const above = i % 2 === 0;
  const far = Math.floor(i / 2) % 2 === 1;
  const labelY = above ? (far ? 150 : 215) : far ? 435 : 372;
  const stemEnd = above ? labelY + 30 : labelY - 22;
  const day = Number(session.date.slice(8, 10));
  const month = months[Number(session.date.slice(5, 7)) - 1] ?? '';
  return [
    `<line x1="${round(x)}" y1="${axisY}" x2="${round(x)}" y2="${stemEnd}" stroke="${fill}" stroke-width="2"/>`,
    `<circle cx="${round(x)}" cy="${axisY}" r="18" fill="${fill}" stroke="#FFFFFF" stroke-width="4"/>`,
    text(x, axisY + 6, String(i + 1), 'font-size="16" font-weight="700" text-anchor="middle" fill="#FFFFFF"'),
    text(x, labelY, `${day} ${month}`, `font-size="16" font-weight="700" text-anchor="middle" fill="${colour.ink}"`),
    text(x, labelY + 20, townOf(session).name, `font-size="15" text-anchor="middle" fill="${colour.muted}"`),
  ];
}

function legend(meetings: number, focusGroups: number): string[] {
  return [
    `<circle cx="${left + 10}" cy="515" r="10" fill="${colour.meeting}"/>`,
    text(left + 30, 521, `werkgroepbijeenkomst (${meetings})`, `font-size="16" fill="${colour.ink}"`),
    `<circle cx="${left + 320}" cy="515" r="10" fill="${colour.focusGroup}"/>`,
    text(left + 340, 521, `focusgroep (${focusGroups})`, `font-size="16" fill="${colour.ink}"`),
  ];
}
