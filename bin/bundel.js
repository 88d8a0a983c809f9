#!/usr/bin/env node
// The `bundel` command: the built CLI in dist/main (npm run build makes it).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../dist/main/cli.cjs');
