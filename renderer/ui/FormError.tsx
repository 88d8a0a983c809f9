/** Why a save was refused, announced at once and scrolled into view so it is never missed below the fold. */
import { useEffect, useRef } from 'react';

export function FormError({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // Braces matter: newer Chromium returns a promise from scrollIntoView, and an effect may return only a clean-up function.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [text]);
  return (
    <p className="form-error" role="alert" ref={ref}>
      {text}
    </p>
  );
}
