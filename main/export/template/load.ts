/**
 * Finding and validating templates. The house styles that ship with Bundel are
 * bundled as data; a template file of one's own (a path ending in .json) is
 * read and validated the same way. A bad template is refused with a message
 * that names the field.
 */
import { readFileSync } from 'node:fs';
import { keyedProblem, UserError, type ErrorParams } from '../../model/index.js';
import bundelA5 from '../../../templates/bundel-a5.json' with { type: 'json' };
import werkplaatsA4 from '../../../templates/werkplaats-a4.json' with { type: 'json' };
import { Template } from './schema.js';

const shipped: Record<string, unknown> = { 'werkplaats-a4': werkplaatsA4, 'bundel-a5': bundelA5 };

export const defaultTemplateId = 'werkplaats-a4';

/** Ids of the templates that ship with Bundel. */
export function templateIds(): string[] {
  return Object.keys(shipped);
}

/** A shipped template by id, or a template file by path (`*.json`). */
export function loadTemplate(idOrPath: string): Template {
  if (idOrPath.endsWith('.json')) return parseTemplate(readTemplateFile(idOrPath), idOrPath);
  const json = shipped[idOrPath];
  if (json === undefined) throw new UserError('unknownTemplate', { id: idOrPath, known: templateIds().join(', ') });
  return parseTemplate(json, idOrPath);
}

/** Validates template data; the error names the first bad field and what it should be. */
export function parseTemplate(json: unknown, source: string): Template {
  const result = Template.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // zod's message stays English (a technical detail); only our words around it are keyed.
  const problem: ErrorParams =
    issue.path.length > 0 ? { problem: `${issue.path.join('.')}: ${issue.message}` } : keyedProblem('problem.templateWhole', { reason: issue.message });
  throw new UserError('invalidTemplate', { source, ...problem }, result.error.message);
}

function readTemplateFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError('fileNotFound', { path });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserError('invalidTemplate', { source: path, ...keyedProblem('problem.templateNotJson', { reason: (error as Error).message }) });
  }
}
