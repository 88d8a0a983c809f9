/**
 * The renderer's entry: zod's CSP-safe mode first, then styles, then the app
 * into #root, in the app's language as main keeps it (asked before the first
 * drawing, so a window never shows Dutch for a moment to an English reader).
 */
import './zodConfig.js';
import { createRoot } from 'react-dom/client';
import './styles/index.css';
import type { Locale } from '../main/model/index.js';
import { createClient } from './api/client.js';
import { pickTransport } from './api/transport.js';
import { App } from './app/App.js';

const root = document.getElementById('root');
if (root) {
  const client = createClient(pickTransport());
  const start = (locale: Locale): void => createRoot(root).render(<App client={client} locale={locale} />);
  // Main unreachable: the app starts in Dutch and says what fails where it fails.
  client.app.locale().then(({ locale }) => start(locale), () => start('nl'));
}
