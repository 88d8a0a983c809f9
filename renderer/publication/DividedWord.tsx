/** A divided word as a dictionary prints it — "man·tel·zorg" — its dots quieter than its letters; read out as the entry itself. */
import { Fragment } from 'react';

export function DividedWord({ entry }: { entry: string }) {
  const parts = entry.split('-');
  return (
    <span className="division-word">
      <span aria-hidden="true">
        {parts.map((part, i) => (
          <Fragment key={i}>
            {i > 0 && <span className="division-dot">·</span>}
            {part}
          </Fragment>
        ))}
      </span>
      <span className="visually-hidden">{entry}</span>
    </span>
  );
}
