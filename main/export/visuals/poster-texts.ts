// The words on a poster besides the visual's own: the publication's name and
// imprint in the band, its licence and the poster's place in the set below.
import type { Publication, Visual } from '../../model/index.js';
import type { PosterTexts } from './poster-layout.js';

export function posterTexts(publication: Publication, visual: Visual, index: number, total: number): PosterTexts {
  return {
    title: visual.title,
    caption: visual.caption,
    credit: visual.credit,
    publication: publication.title,
    imprint: [publication.organisation, publication.year === null ? '' : String(publication.year)].filter((part) => part !== '').join(' · '),
    licence: publication.licence,
    place: `${index + 1} / ${total}`,
  };
}

/** What the visual shows, for those who cannot see it: its alternative text, else its title (as a figure in the book). */
export function alternativeText(visual: Visual): string {
  const alt = visual.altText.trim();
  return alt !== '' ? alt : visual.title;
}
