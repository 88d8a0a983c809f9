// Where a link in the text may lead: a web or mail address that a reader can
// follow from a PDF or a Word file, or a place in the publication (`#anchor`).
// Anything else (javascript:, file:, a scheme of some program) is no link:
// pasted, imported or found in an older file, its text stays and the link goes.

const WEB = /^(https?:|mailto:)/i;

/** A web or mail address. */
export function isWebLink(href: string): boolean {
  return WEB.test(href);
}

/** A web or mail address, or a place in the publication. */
export function isFollowableLink(href: string): boolean {
  return href.startsWith('#') || WEB.test(href);
}
