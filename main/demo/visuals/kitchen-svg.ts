/**
 * "Aan de keukentafel": a flat illustration of a first conversation. Three
 * people round a table with a network map on it; the laptop stays closed.
 */
import { svgDocument } from './svg.js';

export const kitchenWidth = 1200;
export const kitchenHeight = 700;

/** A seated figure seen from the front: head and shoulders, the table hides the rest. */
function figure(x: number, colour: string, skin: string, hair: string): string[] {
  return [
    `<path d="M ${x - 95} 520 C ${x - 95} 420 ${x - 70} 380 ${x} 380 C ${x + 70} 380 ${x + 95} 420 ${x + 95} 520 Z" fill="${colour}"/>`,
    `<rect x="${x - 16}" y="350" width="32" height="40" rx="8" fill="${skin}"/>`,
    `<circle cx="${x}" cy="318" r="52" fill="${skin}"/>`,
    `<path d="M ${x - 54} 318 C ${x - 58} 250 ${x + 58} 250 ${x + 54} 318 C ${x + 30} 290 ${x - 30} 290 ${x - 54} 318 Z" fill="${hair}"/>`,
  ];
}

function cup(x: number, y: number, colour: string): string[] {
  return [
    `<path d="M ${x} ${y} h 34 v 26 a 8 8 0 0 1 -8 8 h -18 a 8 8 0 0 1 -8 -8 Z" fill="${colour}"/>`,
    `<path d="M ${x + 34} ${y + 6} a 9 9 0 0 1 0 16" fill="none" stroke="${colour}" stroke-width="5"/>`,
  ];
}

export function kitchenSvg(): string {
  const body = [
    '<rect width="1200" height="700" fill="#F6EBDD"/>',
    '<rect y="600" width="1200" height="100" fill="#E2CFB6"/>',
    // Window with a view of the dike.
    '<rect x="840" y="70" width="260" height="210" rx="6" fill="#FFFFFF"/>',
    '<rect x="852" y="82" width="236" height="186" fill="#CFE3EE"/>',
    '<path d="M 852 230 C 930 200 1010 205 1088 225 V 268 H 852 Z" fill="#B9D3A6"/>',
    '<rect x="966" y="82" width="8" height="186" fill="#FFFFFF"/>',
    // Lamp above the table.
    '<line x1="600" y1="0" x2="600" y2="110" stroke="#2E3A40" stroke-width="3"/>',
    '<path d="M 550 160 L 572 110 H 628 L 650 160 Z" fill="#E07A3F"/>',
    ...figure(330, '#1F5F6B', '#E9B99A', '#3B2A20'),
    ...figure(600, '#8C5A8A', '#C98E6B', '#1E1A18'),
    ...figure(870, '#E07A3F', '#F0C8A8', '#B8B2A8'),
    // Table top in slight perspective, with its front edge and legs.
    '<path d="M 170 470 H 1030 L 1090 560 H 110 Z" fill="#B9825A"/>',
    '<rect x="110" y="560" width="980" height="18" fill="#9A6844"/>',
    '<rect x="150" y="578" width="22" height="100" fill="#9A6844"/>',
    '<rect x="1028" y="578" width="22" height="100" fill="#9A6844"/>',
    // The network map: the resident in the middle, three rings of people around.
    '<path d="M 450 480 H 750 L 775 548 H 425 Z" fill="#FFFFFF"/>',
    '<ellipse cx="600" cy="514" rx="130" ry="28" fill="none" stroke="#C9CFD3" stroke-width="3"/>',
    '<ellipse cx="600" cy="514" rx="86" ry="19" fill="none" stroke="#C9CFD3" stroke-width="3"/>',
    '<ellipse cx="600" cy="514" rx="42" ry="10" fill="none" stroke="#1F5F6B" stroke-width="3"/>',
    '<circle cx="600" cy="514" r="6" fill="#1F5F6B"/>',
    '<circle cx="648" cy="506" r="5" fill="#E07A3F"/>',
    '<circle cx="540" cy="524" r="5" fill="#E07A3F"/>',
    '<circle cx="700" cy="522" r="5" fill="#8C5A8A"/>',
    '<circle cx="494" cy="505" r="5" fill="#8C5A8A"/>',
    // A closed laptop pushed aside, cups and a teapot.
    '<path d="M 230 500 H 370 L 380 520 H 220 Z" fill="#5B6670"/>',
    ...cup(800, 492, '#FFFFFF'),
    ...cup(300, 530, '#1F5F6B'),
    '<ellipse cx="930" cy="508" rx="44" ry="34" fill="#E07A3F"/>',
    '<path d="M 972 500 L 1004 484 L 1000 494 L 974 514 Z" fill="#E07A3F"/>',
    '<rect x="918" y="468" width="24" height="10" rx="4" fill="#C4612B"/>',
  ];
  return svgDocument(
    kitchenWidth,
    kitchenHeight,
    'Aan de keukentafel',
    'Drie mensen zitten aan een keukentafel. Op tafel ligt een groot vel met kringen rond een stip in het ' +
      'midden: een netwerkkaart. Een laptop ligt dichtgeklapt aan de kant, naast kopjes en een theepot.',
    body,
  );
}
