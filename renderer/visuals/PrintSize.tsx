/**
 * How an image prints: its size at 300 dpi, and whether it is sharp across
 * the text column of the publication's template (where a figure is set) — a
 * photo too small for that gets a warning with the pixels it would need. A
 * vector drawing is sharp at any size.
 */
import { centimetres, printFit, sizeAtDpi, type ImageSource, type PrintColumn } from '../../main/model/index.js';
import { useI18n } from '../i18n/I18n.js';

export function PrintSize({ image, column }: { image: ImageSource; column: PrintColumn | undefined }) {
  const { t, locale } = useI18n();
  if (image.mime === 'image/svg+xml') return <p className="visual-print">{t('ui.visuals.vector')}</p>;
  const size = sizeAtDpi(image);
  const fit = column ? printFit(image, column) : null;
  const columnWidth = column ? centimetres(column.width, locale) : '';
  return (
    <>
      <p className="visual-print">{t('ui.visuals.printSize', { width: centimetres(size.width, locale), height: centimetres(size.height, locale) })}</p>
      {fit && column && !fit.sharp && (
        <p className="visual-print-warning" role="note">
          {t('ui.visuals.tooSmall', { template: column.template, column: columnWidth, dpi: Math.round(fit.dpi), pixels: fit.pixelsNeeded })}
        </p>
      )}
      {fit && column && fit.sharp && <p className="visual-print">{t('ui.visuals.sharp', { template: column.template, column: columnWidth })}</p>}
    </>
  );
}
