import { describe, expect, it } from 'vitest';
import { attribute, childElements, parseXml, XmlError } from '../../../main/review/docx/xml.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

describe('the XML reader for DOCX parts', () => {
  it('resolves namespaces whatever the prefix, and decodes entities and CDATA', () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
       <!-- written by hand -->
       <x:document xmlns:x="${W}"><x:body><x:p x:rsid='00A1'><x:t xml:space="preserve">Tom &amp; Anna &lt;3 &#233;&#x20AC; <![CDATA[<niet> & ook]]></x:t></x:p></x:body></x:document>`,
    );
    expect([root.uri, root.local]).toEqual([W, 'document']);
    const p = childElements(childElements(root, W, 'body')[0]!, W, 'p')[0]!;
    expect(attribute(p, W, 'rsid')).toBe('00A1');
    const t = childElements(p, W, 't')[0]!;
    expect(attribute(t, 'http://www.w3.org/XML/1998/namespace', 'space')).toBe('preserve');
    expect(t.children.join('')).toBe('Tom & Anna <3 é€ <niet> & ook');
  });

  it.each([
    ['a document type declaration (entity expansion)', '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'],
    ['an unknown entity', '<x>&nbsp;</x>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['an undeclared prefix', '<w:p/>'],
    ['an unquoted attribute', '<a b=c/>'],
    ['text outside the root', '<a/>tekst'],
  ])('refuses %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });
});
