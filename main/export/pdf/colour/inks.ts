/**
 * How a document's colours are written. The screen edition writes each as its
 * RGB. The print edition writes a colour the template gives an ink (CMYK) in
 * that ink, so that text the template sets in near-black is printed in black
 * (K) alone, not in the four inks a conversion of its RGB would give, which
 * blurs small type when the plates are off by a hair. A colour without an ink
 * goes to the press as sRGB (see ../pdfx), converted there.
 */
import { cmyk, ColorTypes, setFillingColor, setStrokingColor, type Color, type PDFOperator } from 'pdf-lib';
import { hexColor, rgbKey } from './hex.js';

/** Percentages of cyan, magenta, yellow and black. */
export type Ink = readonly [number, number, number, number];

export class Inks {
  /** Every colour as its RGB. */
  static readonly screen = new Inks(new Map());

  /** `inks` by `#rrggbb` colour, as a template gives them. */
  static forPrint(inks: Readonly<Record<string, Ink>>): Inks {
    const byRgb = new Map<string, Color>();
    for (const [hex, [c, m, y, k]] of Object.entries(inks)) byRgb.set(rgbKey(hexColor(hex)), cmyk(c / 100, m / 100, y / 100, k / 100));
    return new Inks(byRgb);
  }

  // Weak: the screen edition's Inks lives as long as the process, and a colour object may be made per use.
  private readonly fills = new WeakMap<Color, PDFOperator>();
  private readonly fillTexts = new WeakMap<Color, string>();
  private readonly hexFills = new Map<string, PDFOperator>();
  private readonly hexStrokes = new Map<string, PDFOperator>();
  private readonly hexFillTexts = new Map<string, string>();

  private constructor(private readonly byRgb: ReadonlyMap<string, Color>) {}

  /** The colour as written: its ink, if it has one. */
  of(color: Color): Color {
    return color.type === ColorTypes.RGB ? (this.byRgb.get(rgbKey(color)) ?? color) : color;
  }

  hex(hex: string): Color {
    return this.of(hexColor(hex));
  }

  /** Whether the colour is printed in black ink alone. */
  blackOnly(hex: string): boolean {
    const ink = this.hex(hex);
    return ink.type === ColorTypes.CMYK && ink.cyan === 0 && ink.magenta === 0 && ink.yellow === 0;
  }

  /**
   * The operators that set `color`, made once: a publication has a handful of
   * colours, and pdf-lib makes and formats an operator anew at every call.
   * Keyed by object: run styles and drawings share their colour objects.
   */
  fill(color: Color): PDFOperator {
    return once(this.fills, color, () => setFillingColor(this.of(color)));
  }

  /** The fill operator as content-stream text, for lines written as text. */
  fillText(color: Color): string {
    return once(this.fillTexts, color, () => this.fill(color).toString());
  }

  /** By `#rrggbb` colour, as drawings and painted areas name theirs (each `hex()` is a new object). */
  hexFill(hex: string): PDFOperator {
    return once(this.hexFills, hex, () => setFillingColor(this.hex(hex)));
  }

  hexStroke(hex: string): PDFOperator {
    return once(this.hexStrokes, hex, () => setStrokingColor(this.hex(hex)));
  }

  hexFillText(hex: string): string {
    return once(this.hexFillTexts, hex, () => this.hexFill(hex).toString());
  }
}

function once<K extends object | string, T>(cache: { get(key: K): T | undefined; set(key: K, value: T): unknown }, key: K, make: () => T): T {
  let found = cache.get(key);
  if (found === undefined) {
    found = make();
    cache.set(key, found);
  }
  return found;
}
