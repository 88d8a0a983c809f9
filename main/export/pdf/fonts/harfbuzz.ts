// Words are shaped by HarfBuzz (harfbuzzjs, WebAssembly). For our Latin fonts it
// gives the same glyphs and positions as fontkit's layout (checked word for word
// in tests/unit/export/pdf/fonts/harfbuzz.test.ts) at five to eight times the speed,
// and shaping the distinct words was the largest part of a cold PDF export.
// fontkit still reads the font's metrics and makes the subset that is embedded.
import type * as HarfBuzzModule from 'harfbuzzjs';
import { SHAPING_FEATURES } from './fontkit.js';
import { shapedText, type ShapedText } from './shaped-text.js';

export type HarfBuzz = typeof HarfBuzzModule;

let loading: Promise<HarfBuzz> | undefined;

/**
 * harfbuzzjs is an ES module that instantiates its WebAssembly with a top-level
 * await, so it can only be imported, never required: every font family is
 * loaded through this once-per-process promise.
 */
export function loadHarfBuzz(): Promise<HarfBuzz> {
  loading ??= import('harfbuzzjs');
  return loading;
}

/** One font as HarfBuzz shapes it; the unit of every figure is the font unit. */
export class HarfBuzzFont {
  private readonly font: HarfBuzzModule.Font;
  private readonly buffer: HarfBuzzModule.Buffer;
  private readonly features: HarfBuzzModule.Feature[];
  // hmtx advances, asked of the font once per glyph.
  private readonly nominal = new Map<number, number>();

  constructor(
    private readonly hb: HarfBuzz,
    bytes: Uint8Array,
  ) {
    this.font = new hb.Font(new hb.Face(new hb.Blob(bytes)));
    this.buffer = new hb.Buffer();
    // HarfBuzz's defaults for the script (ccmp, locl, marks, contextual forms…)
    // apply as they did in fontkit; the features the typesetter relies on are named.
    this.features = Object.entries(SHAPING_FEATURES).map(([tag, on]) => new hb.Feature(tag, on ? 1 : 0));
  }

  shape(text: string): ShapedText {
    const { buffer } = this;
    buffer.reset();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    this.hb.shape(this.font, buffer, this.features);
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    const n = infos.length;
    const glyphIds = new Array<number>(n);
    const glyphTexts = new Array<string>(n);
    const clusterStarts = new Array<number>(n);
    const nominal = new Array<number>(n);
    const advances = new Array<number>(n);
    const xOffsets = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const { codepoint: id, cluster } = infos[i]!;
      glyphIds[i] = id;
      clusterStarts[i] = cluster;
      // A cluster's characters belong to its first glyph (a ligature covers
      // several); further glyphs of the same cluster stand for no text.
      glyphTexts[i] = i > 0 && infos[i - 1]!.cluster === cluster ? '' : text.slice(cluster, nextCluster(infos, i, text.length));
      nominal[i] = this.advanceOf(id);
      advances[i] = positions[i]!.xAdvance;
      xOffsets[i] = positions[i]!.xOffset;
    }
    return shapedText({ text, glyphIds, glyphTexts, clusterStarts, nominal, advances, xOffsets });
  }

  private advanceOf(id: number): number {
    let advance = this.nominal.get(id);
    if (advance === undefined) {
      advance = this.font.glyphHAdvance(id);
      this.nominal.set(id, advance);
    }
    return advance;
  }
}

function nextCluster(infos: readonly HarfBuzzModule.GlyphInfo[], i: number, end: number): number {
  const cluster = infos[i]!.cluster;
  for (let j = i + 1; j < infos.length; j++) if (infos[j]!.cluster !== cluster) return infos[j]!.cluster;
  return end;
}
