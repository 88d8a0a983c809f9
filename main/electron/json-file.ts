/**
 * Small settings files in the user data folder (recent projects, window
 * place). What is read is validated: a file broken by hand or by a crash
 * gives the default, never a crash. Writes replace the file in one step.
 */
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Logger } from '../ipc/errors.js';

export async function readJson<S extends z.ZodType>(file: string, schema: S, fallback: z.output<S>, log: Logger): Promise<z.output<S>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return fallback;
  }
  return parsed(file, text, schema, fallback, log);
}

/** The same, for what must be known before the app is ready (Chromium's switches). */
export function readJsonSync<S extends z.ZodType>(file: string, schema: S, fallback: z.output<S>, log: Logger): z.output<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
  return parsed(file, text, schema, fallback, log);
}

function parsed<S extends z.ZodType>(file: string, text: string, schema: S, fallback: z.output<S>, log: Logger): z.output<S> {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    log.warn(`${file}: ignored, not valid: ${parsed.error.message}`);
  } catch {
    log.warn(`${file}: ignored, not JSON`);
  }
  return fallback;
}

const writes = new Map<string, Promise<void>>();

/**
 * Writes to one file wait for each other: two at once (two projects opened
 * together, each adding itself to the recent list) shared the temporary file,
 * and the second rename failed, or an older list could land last.
 */
export function writeJson(file: string, value: unknown): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const write = (writes.get(file) ?? Promise.resolve()).catch(() => undefined).then(() => replaceFile(file, text));
  writes.set(file, write);
  return write;
}

async function replaceFile(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, text, 'utf8');
  await fs.rename(temp, file);
}
