/** How a session is named in pickers: "Focusgroep mantelzorgers (focusgroep, 10 feb. 2026)". */
import type { Locale, Session } from '../../main/model/index.js';
import { formatDate } from '../i18n/format.js';

export function sessionLabel(session: Session, lbl: (vocabulary: string, code: string) => string, locale: Locale): string {
  return `${session.title} (${lbl('sessionKind', session.kind)}, ${formatDate(locale, session.date)})`;
}
