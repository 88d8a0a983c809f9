/**
 * Page setup from the template: trim size, margins (inner on the left; the
 * settings part mirrors them, so the inner margin is on the binding side of
 * every page), the distances of the running head and folio, and where a
 * section starts.
 */
import { SectionType, type ISectionPropertiesOptions } from 'docx';
import type { Template } from '../template/index.js';
import { mmToTwip, ptToMm } from './units.js';

export type Start = 'newPage' | 'rightPage';

export function pageProperties(template: Template, start: Start, titlePage: boolean): ISectionPropertiesOptions {
  const { page, runningHead, folio } = template;
  const m = page.margins;
  // Word measures the header from the page's top to the top of its text, and the
  // footer from the page's bottom to the bottom of its text; the template gives baselines.
  const header = m.top - runningHead.offset - ptToMm(runningHead.text.size * 0.8);
  const footer = m.bottom - folio.offset - ptToMm(folio.text.size * 0.25);
  return {
    type: start === 'rightPage' ? SectionType.ODD_PAGE : SectionType.NEXT_PAGE,
    titlePage,
    page: {
      size: { width: mmToTwip(page.width), height: mmToTwip(page.height) },
      margin: {
        top: mmToTwip(m.top),
        bottom: mmToTwip(m.bottom),
        left: mmToTwip(m.inner),
        right: mmToTwip(m.outer),
        header: mmToTwip(Math.max(3, header)),
        footer: mmToTwip(Math.max(3, footer)),
        gutter: 0,
      },
    },
  };
}

/** The text area's width and height in millimetres. */
export function textArea(template: Template): { widthMm: number; heightMm: number } {
  const { page } = template;
  return {
    widthMm: page.width - page.margins.inner - page.margins.outer,
    heightMm: page.height - page.margins.top - page.margins.bottom,
  };
}
