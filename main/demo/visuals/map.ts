/**
 * The demo's raster illustration: a stylised map of the fictional Lingedelta
 * with polders, the two rivers, the dike roads between the towns and a dot
 * for every session (colour by kind, size by number of participants).
 */
import type { Session } from '../../model/index.js';
import { Canvas, hex, type Rgb } from './canvas.js';
import { townOf, towns, type Town } from './places.js';

export const mapWidth = 1600;
export const mapHeight = 1000;

const colours = {
  ditch: hex('#E6EFE8'),
  parcels: [hex('#DCE8CF'), hex('#E4EDD6'), hex('#D3E1C3'), hex('#E8EAD2')],
  water: hex('#8DB8D2'),
  road: hex('#CDBB9C'),
  town: hex('#F1E6D3'),
  townEdge: hex('#D9C4A4'),
  meeting: hex('#1F5F6B'),
  focusGroup: hex('#E07A3F'),
  ink: hex('#2E3A40'),
  white: hex('#FFFFFF'),
};

type Point = readonly [number, number];

export function drawMap(sessions: Session[]): Uint8Array<ArrayBuffer> {
  const canvas = new Canvas(mapWidth, mapHeight, colours.ditch);
  drawParcels(canvas);
  canvas.stroke(river((x) => 935 + 22 * Math.sin(x / 260)), 64, colours.water);
  canvas.stroke(river((x) => 500 + 55 * Math.sin(x / 190 + 0.6) + 16 * Math.sin(x / 61)), 22, colours.water);
  drawRoads(canvas);
  for (const town of towns) {
    canvas.disc(town.x, town.y, 66, colours.townEdge);
    canvas.disc(town.x, town.y, 62, colours.town);
  }
  drawSessions(canvas, sessions);
  for (const town of towns) label(canvas, town);
  drawLegend(canvas);
  drawNorth(canvas, 1500, 70);
  return canvas.encode();
}

function drawParcels(canvas: Canvas): void {
  // A fixed linear congruential generator: the polders vary, the bytes do not.
  let seed = 20_260_313;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let y = 0; y < mapHeight; y += 72) {
    const shift = Math.floor(next() * 60);
    for (let x = -shift; x < mapWidth; x += 104) {
      const colour = colours.parcels[Math.floor(next() * colours.parcels.length)] ?? colours.ditch;
      canvas.rect(x + 3, y + 3, 98, 66, colour);
    }
  }
}

function river(course: (x: number) => number): Point[] {
  const points: Point[] = [];
  for (let x = -40; x <= mapWidth + 40; x += 8) points.push([x, course(x)]);
  return points;
}

const roads: [string, string][] = [
  ['Arkeldijk', 'Heukelveen'],
  ['Arkeldijk', 'Lingehoek'],
  ['Lingehoek', 'Heukelveen'],
  ['Heukelveen', 'Zandwerve'],
  ['Heukelveen', 'Oostwaarde'],
  ['Heukelveen', 'Rietdonk'],
  ['Zandwerve', 'Oostwaarde'],
  ['Rietdonk', 'Oostwaarde'],
];

function drawRoads(canvas: Canvas): void {
  for (const [from, to] of roads) {
    const a = towns.find((t) => t.name === from);
    const b = towns.find((t) => t.name === to);
    if (!a || !b) throw new Error(`map: road between unknown towns ${from} and ${to}`);
    // A slight bend, as dike roads follow the water rather than the ruler.
    const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.12;
    const my = (a.y + b.y) / 2 - (b.x - a.x) * 0.12;
    const points: Point[] = [];
    for (let i = 0; i <= 24; i += 1) {
      const t = i / 24;
      const x = (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * mx + t * t * b.x;
      const y = (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * my + t * t * b.y;
      points.push([x, y]);
    }
    canvas.stroke(points, 7, colours.road);
  }
}

function dotRadius(session: Session): number {
  return 10 + (session.participants ?? 0) * 0.8;
}

function drawSessions(canvas: Canvas, sessions: Session[]): void {
  for (const town of towns) {
    const here = sessions.filter((s) => townOf(s) === town);
    here.forEach((session, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / here.length;
      const offset = here.length === 1 ? 0 : 40;
      const x = town.x + offset * Math.cos(angle);
      const y = town.y + offset * Math.sin(angle);
      canvas.disc(x, y, dotRadius(session) + 4, colours.white);
      canvas.disc(x, y, dotRadius(session), session.kind === 'focusGroup' ? colours.focusGroup : colours.meeting);
    });
  }
}

function label(canvas: Canvas, town: Town): void {
  const scale = 4;
  const text = town.name.toUpperCase();
  const w = Canvas.textWidth(text, scale);
  const h = Canvas.textHeight(scale);
  const x = Math.round(town.x - w / 2);
  const y = town.label === 'above' ? town.y - 78 - h : town.y + 80;
  canvas.rect(x - 10, y - 8, w + 20, h + 16, colours.white, 0.8);
  canvas.text(x, y, text, scale, colours.ink);
}

function drawLegend(canvas: Canvas): void {
  const scale = 3;
  canvas.rect(40, 775, 500, 110, colours.white, 0.9);
  const rows: [Rgb, string][] = [
    [colours.meeting, 'WERKGROEPBIJEENKOMST'],
    [colours.focusGroup, 'FOCUSGROEP'],
  ];
  rows.forEach(([colour, text], i) => {
    canvas.disc(76, 803 + i * 36, 13, colour);
    canvas.text(104, 793 + i * 36, text, scale, colours.ink);
  });
  canvas.text(62, 861, 'GROTERE STIP - MEER DEELNEMERS', 2, colours.ink);
}

function drawNorth(canvas: Canvas, x: number, y: number): void {
  canvas.triangle([x, y], [x - 22, y + 64], [x + 22, y + 64], colours.ink);
  canvas.text(x - 9, y + 76, 'N', 4, colours.ink);
}

