// A photo the camera turned (EXIF orientation) is drawn upright in the PDF,
// as a browser or photo viewer shows it: read back by rendering the page.
import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { drawImageUpright } from '../../../../../main/export/pdf/images/index.js';
import { rasterFacts, withoutTurn } from '../../../../../main/visuals/raster.js';
import { quartersJpeg, withOrientation } from '../../../../support/image-files.js';
import { artifactPath } from '../fixtures.js';
import { renderedColours } from '../poppler.js';

type Colour = 'red' | 'green' | 'blue' | 'yellow';

/**
 * The quarters as shown, top left, top right, bottom left, bottom right, of
 * the stored red | green over blue | yellow, per EXIF orientation (CIPA
 * DC-008: where the stored top row and left column go).
 */
const SHOWN: Record<number, readonly Colour[]> = {
  1: ['red', 'green', 'blue', 'yellow'],
  2: ['green', 'red', 'yellow', 'blue'], // mirrored left–right
  3: ['yellow', 'blue', 'green', 'red'], // half a turn
  4: ['blue', 'yellow', 'red', 'green'], // mirrored top–bottom
  5: ['red', 'blue', 'green', 'yellow'], // stored top row shown as the left column, stored left column as the top row
  6: ['blue', 'red', 'yellow', 'green'], // a quarter turn clockwise
  7: ['yellow', 'green', 'blue', 'red'], // stored top row as the right column, stored left column as the bottom row
  8: ['green', 'yellow', 'red', 'blue'], // a quarter turn anticlockwise
};

function colourName([r, g, b]: [number, number, number]): string {
  if (r > 200 && g > 200 && b < 80) return 'yellow';
  if (r > 200 && g < 80 && b < 80) return 'red';
  if (r < 80 && g > 150 && b < 80) return 'green';
  if (r < 80 && g < 80 && b > 200) return 'blue';
  return `rgb(${r}, ${g}, ${b})`;
}

describe('a photo the camera turned', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('with EXIF orientation %i is measured and drawn as it is shown', async (orientation) => {
    const jpeg = withOrientation(quartersJpeg, orientation);
    const facts = rasterFacts(jpeg)!;
    expect(facts.orientation).toBe(orientation);
    // Stored 240 × 180; turned a quarter (5–8) it shows 180 × 240.
    expect([facts.width, facts.height]).toEqual(orientation >= 5 ? [180, 240] : [240, 180]);

    const doc = await PDFDocument.create();
    const page = doc.addPage([facts.width, facts.height]);
    drawImageUpright(page, await doc.embedJpg(new Uint8Array(jpeg)), { x: 0, y: 0, width: facts.width, height: facts.height }, facts.orientation);
    const file = artifactPath(`upright-${orientation}.pdf`);
    writeFileSync(file, await doc.save());

    const at = renderedColours(file);
    const shown = [at(0.25, 0.25), at(0.75, 0.25), at(0.25, 0.75), at(0.75, 0.75)].map(colourName);
    expect(shown).toEqual(SHOWN[orientation]);
  });

  test('for a writer that turns it itself, its tag can say upright, the rest of its bytes unchanged', () => {
    const turned = withOrientation(quartersJpeg, 6);
    const upright = withoutTurn(turned);
    expect(rasterFacts(upright)).toEqual({ mime: 'image/jpeg', width: 240, height: 180, orientation: 1 });
    expect([...upright].filter((byte, i) => byte !== turned[i])).toHaveLength(1);
    expect(withoutTurn(quartersJpeg)).toBe(quartersJpeg);
  });

  test('without EXIF data, or with a tag that says nothing, it is as stored', () => {
    expect(rasterFacts(quartersJpeg)).toEqual({ mime: 'image/jpeg', width: 240, height: 180, orientation: 1 });
    expect(rasterFacts(withOrientation(quartersJpeg, 9))?.orientation).toBe(1);
    expect(rasterFacts(withOrientation(quartersJpeg, 0))?.width).toBe(240);
  });
});
