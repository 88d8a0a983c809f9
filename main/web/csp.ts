/**
 * The renderer's Content-Security-Policy, one policy for both shells: the
 * desktop app (origin `bundel://app`, images from `bundel://image`) and the
 * test bridge (origin `http://127.0.0.1:<port>`, images on the same origin),
 * so that what the tests run is what users run. Nothing remote, no eval, no
 * inline script; `data:` only for the small images and fonts the renderer
 * build inlines.
 */
const directives: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'bundel:', 'blob:', 'data:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['media-src', ["'none'"]],
  ['object-src', ["'none'"]],
  ['frame-src', ["'none'"]],
  ['child-src', ["'none'"]],
  ['worker-src', ["'none'"]],
  ['manifest-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  // Only honoured in a header; browsers warn about it in a meta tag.
  ['frame-ancestors', ["'none'"]],
];

function serialise(list: [string, string[]][]): string {
  return list.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The policy as sent in the `Content-Security-Policy` response header. */
export const contentSecurityPolicy = serialise(directives);

/** The same policy for a `<meta http-equiv>` tag, without the header-only directive. */
export const metaContentSecurityPolicy = serialise(directives.filter(([name]) => name !== 'frame-ancestors'));

/**
 * For image responses: should an image (an SVG above all) be opened as a
 * document rather than through `<img>`, it runs nothing and loads nothing.
 */
export const imageContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** Adds the policy as a meta tag at the top of `<head>`; policies combine, so one already there stays in force too. */
export function withCspMeta(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
