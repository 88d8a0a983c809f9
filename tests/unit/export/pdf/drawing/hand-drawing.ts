// A hand-made Drawing with every kind of shape, for the painters' tests.
import type { Drawing, Face } from '../../../../../main/visuals/drawing.js';

const sans: Face = { family: 'Source Sans 3', bold: false, italic: false };
const bold: Face = { ...sans, bold: true };

export function handDrawing(): Drawing {
  return {
    width: 400,
    height: 240,
    title: 'Proeftekening',
    description: 'Alle vormen van een tekening',
    shapes: [
      { type: 'rect', x: 0, y: 0, width: 400, height: 240, fill: '#f3efe6', stroke: null, strokeWidth: 0 },
      { type: 'rect', x: 20, y: 40, width: 160, height: 80, radius: 12, fill: '#1f6f8b', stroke: '#0b3d4f', strokeWidth: 2 },
      { type: 'circle', cx: 280, cy: 80, r: 40, fill: '#e07a5f', stroke: null, strokeWidth: 0, opacity: 0.5 },
      { type: 'circle', cx: 310, cy: 100, r: 40, fill: '#3d405b', stroke: null, strokeWidth: 0, opacity: 0.5 },
      { type: 'line', x1: 20, y1: 160, x2: 380, y2: 160, stroke: '#333333', strokeWidth: 1, dash: [4, 3] },
      { type: 'line', x1: 20, y1: 170, x2: 380, y2: 170, stroke: '#333333', strokeWidth: 0.5, dash: null },
      { type: 'path', d: 'M 20 230 L 60 190 Q 100 150 140 190 C 160 210 200 210 220 190 Z', fill: '#81b29a', stroke: '#2d6a4f', strokeWidth: 1.5 },
      { type: 'text', x: 200, y: 24, text: 'Formeel – informeel', face: bold, size: 16, fill: '#222222', anchor: 'middle' },
      { type: 'text', x: 20, y: 150, text: 'Werkgroep Wonen', face: sans, size: 10, fill: '#222222', anchor: 'start' },
      { type: 'text', x: 380, y: 150, text: 'AVolunteers', face: { ...sans, italic: true }, size: 10, fill: '#222222', anchor: 'end' },
      { type: 'text', x: 300, y: 220, text: 'hybride', face: sans, size: 12, fill: '#ffffff', anchor: 'middle' },
    ],
  };
}
