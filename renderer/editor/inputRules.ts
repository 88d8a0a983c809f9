/**
 * Markdown-like shortcuts while typing (`# `, `## `, `- `, `1. `, `> `) and
 * Dutch typography: „aanhalingstekens” and ‘enkele’, apostrophes, ellipsis.
 */
import {
  InputRule,
  ellipsis,
  inputRules,
  textblockTypeInputRule,
  wrappingInputRule,
} from 'prosemirror-inputrules';
import type { Plugin } from 'prosemirror-state';
import { schema } from '../../main/model/index.js';

const nodes = schema.nodes;

/** Opening after the start, a space or an opening bracket; closing anywhere else. */
const dutchQuotes = [
  new InputRule(/(?:^|[\s{[(<„‘])(")$/, '„'),
  new InputRule(/"$/, '”'),
  new InputRule(/(?:^|[\s{[(<„])(')$/, '‘'),
  new InputRule(/'$/, '’'),
];

export function editorInputRules(): Plugin {
  return inputRules({
    rules: [
      ...dutchQuotes,
      ellipsis,
      textblockTypeInputRule(/^(#{1,2})\s$/, nodes.heading!, (match) => ({ level: match[1]!.length })),
      wrappingInputRule(/^\s*([-+*])\s$/, nodes.bullet_list!),
      wrappingInputRule(
        /^(\d+)\.\s$/,
        nodes.ordered_list!,
        (match) => ({ order: Number(match[1]) }),
        (match, node) => node.childCount + (node.attrs.order as number) === Number(match[1]),
      ),
      wrappingInputRule(/^\s*>\s$/, nodes.blockquote!),
    ],
  });
}
