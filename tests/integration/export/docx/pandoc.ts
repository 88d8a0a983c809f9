// The DOCX as pandoc reads it: its blocks, its plain text, its notes and its comments.
import { execFileSync } from 'node:child_process';

interface Node {
  t: string;
  c?: unknown;
}

export type PandocBlock = { t: 'Header'; c: [number, unknown, Node[]]; text: string } | { t: string; c?: unknown; text: string };

export interface PandocDoc {
  readonly blocks: PandocBlock[];
  /** All text, words separated by single spaces. */
  readonly text: string;
  readonly notes: number;
  readonly comments: { author: string; text: string }[];
}

export function pandocJson(file: string): PandocDoc {
  const json = JSON.parse(execFileSync('pandoc', ['-f', 'docx', '-t', 'json', '--track-changes=all', file], { encoding: 'utf8', maxBuffer: 256 << 20 })) as { blocks: Node[] };
  let notes = 0;
  const comments: { author: string; text: string }[] = [];
  const textOf = (value: unknown): string => {
    if (Array.isArray(value)) return value.map(textOf).join('');
    if (value === null || typeof value !== 'object') return '';
    const node = value as Node;
    switch (node.t) {
      case 'Str':
        return node.c as string;
      case 'Space':
      case 'SoftBreak':
      case 'LineBreak':
        return ' ';
      case 'Note':
        notes += 1;
        return ` ${textOf(node.c)} `;
      case 'Span': {
        const [[, classes, attributes], content] = node.c as [[string, string[], [string, string][]], Node[]];
        if (classes.includes('comment-start')) {
          const author = attributes.find(([k]) => k === 'author')?.[1] ?? '';
          comments.push({ author, text: textOf(content).replace(/\s+/g, ' ').trim() });
          return '';
        }
        return textOf(content);
      }
      default:
        return textOf(node.c);
    }
  };
  const blocks = json.blocks.map((b) => ({ ...b, text: textOf(b.t === 'Header' ? (b.c as unknown[])[2] : b.c).replace(/\s+/g, ' ').trim() })) as PandocBlock[];
  return { blocks, text: blocks.map((b) => b.text).join(' ').replace(/\s+/g, ' '), notes, comments };
}
