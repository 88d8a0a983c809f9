/** The renderer's entry: zod's CSP-safe mode first, then styles, then the app into #root. */
import './zodConfig.js';
import { createRoot } from 'react-dom/client';
import './styles/index.css';
import { App } from './app/App.js';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
