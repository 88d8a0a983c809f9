/**
 * How one material item looks inside a kader: its kind, its title (a button
 * that opens it in the library) and the parts that kind has — the dilemma's
 * situation and its two sides, the practice example's four parts, a quote
 * with its speaker — or else the start of its text.
 */
import { plainText, type MaterialItem, type MessageKey } from '../../../main/model/index.js';
import type { ReferenceEnv } from '../references.js';
import { h } from './dom.js';

const excerptLength = 420;

function excerpt(text: string): string {
  return text.length > excerptLength ? `${text.slice(0, excerptLength).trimEnd()}…` : text;
}

function parts(item: MaterialItem): [MessageKey, string][] {
  switch (item.kind) {
    case 'dilemma':
      return [
        ['ui.field.situation', item.situation],
        ['ui.field.onOneHand', item.onOneHand],
        ['ui.field.onOtherHand', item.onOtherHand],
        ['ui.field.question', item.question],
      ];
    case 'practiceExample':
      return [
        ['ui.field.context', item.context],
        ['ui.field.approach', item.approach],
        ['ui.field.outcome', item.outcome],
        ['ui.field.lessons', item.lessons],
      ];
    default:
      return [];
  }
}

export function renderItem(item: MaterialItem, env: ReferenceEnv): HTMLElement {
  const open = h('button', { class: 'kader-title', attrs: { type: 'button', 'data-item': item.id }, text: item.title });
  open.addEventListener('click', () => env.openItem(item.id));

  const filled = parts(item).filter(([, text]) => text.trim() !== '');
  const body = excerpt(plainText(item.body));
  let content: HTMLElement;
  if (item.kind === 'quote') {
    const speaker = [env.lbl('role', item.speakerRole), item.speakerLabel].filter(Boolean).join(', ');
    content = h('blockquote', { class: 'kader-quote' }, [
      h('p', { text: `„${body}”` }),
      h('footer', { text: `— ${speaker}` }),
    ]);
  } else if (filled.length > 0) {
    content = h(
      'dl',
      { class: 'kader-parts' },
      filled.flatMap(([key, text]) => [h('dt', { text: env.t(key) }), h('dd', { text: excerpt(text) })]),
    );
  } else {
    content = h('div', { class: 'kader-text' }, body.split('\n').map((line) => h('p', { text: line })));
  }

  const meta = [env.lbl('materialKind', item.kind)];
  if (item.kind === 'recommendation') meta.push(env.t('ui.box.forAudience', { audience: env.lbl('audience', item.audience) }));
  const warn = item.consent !== 'given' ? h('span', { class: 'badge warn', text: env.t('ui.consent.warning', { consent: env.lbl('consent', item.consent) }) }) : null;
  return h('article', { class: `kader-item kind-${item.kind}` }, [
    h('div', { class: 'kader-kind' }, [h('span', { text: meta.join(' · ') }), warn]),
    open,
    content,
  ]);
}
