/** The toolbar's line icons, drawn in SVG so they stay crisp and need no font or image file. */
import type { ReactElement } from 'react';

const paths: Record<string, ReactElement> = {
  bullet: (
    <>
      <circle cx="4" cy="5" r="1.3" />
      <circle cx="4" cy="10" r="1.3" />
      <circle cx="4" cy="15" r="1.3" />
      <path d="M8 5h9M8 10h9M8 15h9" />
    </>
  ),
  ordered: (
    <>
      <path d="M3 3.5l1.5-1v5M8 5h9M8 10h9M8 15h9M2.8 12.5c.4-.9 2.6-.9 2.6.4 0 1-2.6 2-2.6 3.3h2.7" />
    </>
  ),
  quote: <path d="M4 6h4v4c0 2-1 3.5-3 4M11 6h4v4c0 2-1 3.5-3 4" />,
  link: <path d="M8.5 11.5l3-3M7 9l-2 2a2.8 2.8 0 004 4l2-2M13 11l2-2a2.8 2.8 0 00-4-4l-2 2" />,
  footnote: <path d="M3 15h9M3 11h9M3 7h6M14 3.5l1.5-1v5" />,
  comment: <path d="M3.5 4.5h13v9h-7l-4 3v-3h-2z" />,
  undo: <path d="M7 4L3 8l4 4M3 8h9a4 4 0 010 8H9" />,
  redo: <path d="M13 4l4 4-4 4M17 8H8a4 4 0 000 8h3" />,
  box: (
    <>
      <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" />
      <path d="M6 8h8M6 11.5h5" />
    </>
  ),
  figure: (
    <>
      <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" />
      <path d="M3 14l4.5-4.5 3.5 3.5 2-2 4 4" />
      <circle cx="13" cy="7.5" r="1.3" />
    </>
  ),
};

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {paths[name]}
    </svg>
  );
}
