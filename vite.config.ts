// Builds the React renderer from renderer/ into dist/renderer/. `base: './'`
// keeps every asset URL relative, so the same build loads from Electron's
// custom protocol and from the test bridge on 127.0.0.1. No inline scripts:
// the strict CSP forbids them, so the module-preload polyfill stays out.
import { defineConfig } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: path.join(root, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // zod's sources carry explanatory comments next to @__PURE__ marks that Rollup reports and drops: noise, not a problem.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
});
