/**
 * Small settings files in the user data folder (recent projects, window
 * place). What is read is validated: a file broken by hand or by a crash
 * gives the default, never a crash. Writes replace the file in one step.
 */
import { promises as fs } from 'node:fs';
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
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    log.warn(`${file}: ignored, not valid: ${parsed.error.message}`);
  } catch {
    log.warn(`${file}: ignored, not JSON`);
  }
  return fallback;
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
  await fs.rename(temp, file);
}
