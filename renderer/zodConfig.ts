/**
 * The CSP forbids eval. Without this, every zod object schema probes
 * `new Function` when it is built (to compile a fast validator), and each
 * probe is reported as a CSP violation. It must run before any schema is
 * built, so main.tsx imports this module first.
 */
import { z } from 'zod';

z.config({ jitless: true });
