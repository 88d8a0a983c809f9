/**
 * A document's tagging: marked content on its pages tied to the nodes of the
 * logical structure, and the structure tree written into the file (PDF 1.7
 * 14.7–14.8; PDF/UA-1 7.1). Everything painted is either content of a node or
 * an artifact (running heads, folios, frames, rules, leaders), which a
 * screen reader skips.
 */
import {
  PDFDict,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { StructNode, type StructType } from './structure.js';

/**
 * The part of PDF/UA (ISO 14289) a tagged publication claims: everything it
 * asks that a writer decides is met and tested (tests/integration/export/pdf/
 * tagged.test.ts); no open validator checks the rest.
 */
export const PDFUA_PART = 1;

/**
 * The screen edition is tagged for screen readers; the print edition, which
 * goes to a press, is not (press presets leave tags out too).
 */
export function isTagged(edition: 'screen' | 'print'): boolean {
  return edition === 'screen';
}

/** What a node's content is made of, in the order it was painted. */
type Kid =
  | { readonly kind: 'content'; readonly page: PDFPage; readonly mcid: number }
  /** A link annotation over the node's text: written as a Link element of the node. */
  | { readonly kind: 'link'; readonly page: PDFPage; readonly annotation: PDFRef };

/** Pagination: running heads and folios; Layout: frames, rules and leaders. */
export type ArtifactType = 'Pagination' | 'Layout';

/** How the painters of a document mark what they paint: a `Tagger`, or `Untagged` for a file that is not tagged. */
export interface Tags {
  /** The document's structure: its sections are added as the pages are painted. */
  readonly root: StructNode;
  begin(page: PDFPage, node: StructNode, box?: readonly [number, number, number, number]): void;
  beginArtifact(page: PDFPage, type: ArtifactType, subtype?: 'Header' | 'Footer'): void;
  end(page: PDFPage): void;
  link(node: StructNode, page: PDFPage, annotation: PDFRef): void;
  /**
   * The tags of the document `copy` is in, `copy` being `page` copied there
   * (pdf-lib's copyPages keeps its marked content, MCIDs and all, but none of
   * the structure): the page's marks, now on `copy`, under an empty root that
   * takes the elements they belong to, then `write()`.
   */
  pageCopy(page: PDFPage, copy: PDFPage): Tags;
  write(): void;
}

/**
 * The print edition's: it goes to a press, which reads no tags (as the press
 * presets of layout programs leave them out), and marking its content took
 * the 400-page book some 0.3 s.
 */
export class Untagged implements Tags {
  readonly root = new StructNode('Document');
  begin(): void {}
  beginArtifact(): void {}
  end(): void {}
  link(): void {}
  pageCopy(): Tags {
    return new Untagged();
  }
  write(): void {}
}

export class Tagger implements Tags {
  private readonly kids = new Map<StructNode, Kid[]>();
  /** Per page, the node of each marked-content id, in id order (the page's entry in the parent tree). */
  private readonly owners = new Map<PDFPage, StructNode[]>();
  /** Where an illustration lies on its page: PDF 1.7 asks it of a figure (14.8.5.4.3, BBox). */
  private readonly boxes = new Map<StructNode, readonly [number, number, number, number]>();
  readonly root = new StructNode('Document');

  constructor(private readonly doc: PDFDocument) {}

  /** What is painted on `page` until `end` is content of `node`; `box` (left, bottom, right, top) where it lies, for a figure. */
  begin(page: PDFPage, node: StructNode, box?: readonly [number, number, number, number]): void {
    if (box !== undefined && !this.boxes.has(node)) this.boxes.set(node, box);
    let owners = this.owners.get(page);
    if (owners === undefined) {
      owners = [];
      this.owners.set(page, owners);
    }
    const mcid = owners.length;
    owners.push(node);
    this.kidsOf(node).push({ kind: 'content', page, mcid });
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [typeName(node.type), `<</MCID ${mcid}>>`]));
  }

  /** What is painted on `page` until `end` is an artifact. */
  beginArtifact(page: PDFPage, type: ArtifactType, subtype?: 'Header' | 'Footer'): void {
    page.pushOperators(artifactOperator(type, subtype));
  }

  end(page: PDFPage): void {
    page.pushOperators(END);
  }

  /** `annotation`, a link on `page` over text of `node`, as a Link element of the node. */
  link(node: StructNode, page: PDFPage, annotation: PDFRef): void {
    this.kidsOf(node).push({ kind: 'link', page, annotation });
  }

  /**
   * A page's marked content only: a link annotation is a new object in the
   * copy, so its Link element is not carried over (no copied page has links).
   */
  pageCopy(page: PDFPage, copy: PDFPage): Tagger {
    const tags = new Tagger(copy.doc);
    const owners = this.owners.get(page) ?? [];
    tags.owners.set(copy, [...owners]);
    for (const node of new Set(owners)) {
      for (const kid of this.kids.get(node)!) if (kid.kind === 'content' && kid.page === page) tags.kidsOf(node).push({ ...kid, page: copy });
      const box = this.boxes.get(node);
      if (box !== undefined) tags.boxes.set(node, box);
    }
    return tags;
  }

  /**
   * The structure tree, the pages' and annotations' entries in its parent tree,
   * and the catalog's /MarkInfo. A 400-page book has some 9,000 elements: each
   * is written as its object's text, as the pages' text is (pdf-lib builds,
   * measures and copies a dictionary entry by entry, which took 0.1 s more).
   */
  write(): void {
    const { context } = this.doc;
    const refs = new Map<StructNode, PDFRef>();
    const assign = (node: StructNode): boolean => {
      const childrenKept = node.children.map(assign).some(Boolean);
      if (!childrenKept && !this.kids.has(node)) return false;
      refs.set(node, context.nextRef());
      return true;
    };
    if (!assign(this.root)) return;

    const nums: string[] = [];
    let key = 0;
    for (const page of this.doc.getPages()) {
      const owners = this.owners.get(page);
      if (owners === undefined) continue;
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(key));
      nums.push(`${key++}[${owners.map((node) => refs.get(node)!.toString()).join(' ')}]`);
    }
    const ids: [string, PDFRef][] = [];
    const element = (node: StructNode, parent: PDFRef): void => {
      const ref = refs.get(node)!;
      const kids = this.kids.get(node) ?? [];
      const first = kids.find((kid) => kid.kind === 'content');
      const k: string[] = [];
      for (const kid of kids) {
        const page = kid.page.ref.toString();
        if (kid.kind === 'content') {
          k.push(kid.page === first?.page ? String(kid.mcid) : `<</Type/MCR/Pg ${page}/MCID ${kid.mcid}>>`);
          continue;
        }
        const link = context.nextRef();
        context.lookup(kid.annotation, PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(key));
        nums.push(`${key++} ${link.toString()}`);
        context.assign(link, rawObject(`<</S/Link/P ${ref.toString()}/Pg ${page}/K<</Type/OBJR/Obj ${kid.annotation.toString()}/Pg ${page}>>>>`));
        k.push(link.toString());
      }
      for (const child of node.children) {
        if (!refs.has(child)) continue;
        element(child, ref);
        k.push(refs.get(child)!.toString());
      }
      let text = `<</S/${node.type}/P ${parent.toString()}/K[${k.join(' ')}]`;
      if (first !== undefined) text += `/Pg ${first.page.ref.toString()}`;
      const { alt, id } = node.attributes;
      if (alt !== undefined) text += `/Alt${PDFHexString.fromText(alt).toString()}`;
      const box = this.boxes.get(node);
      if (box !== undefined) text += `/A<</O/Layout/BBox[${box.map((v) => Math.round(v * 100) / 100).join(' ')}]>>`;
      if (id !== undefined) {
        text += `/ID${PDFString.of(id).toString()}`;
        ids.push([id, ref]);
      }
      context.assign(ref, rawObject(`${text}>>`));
    };
    const treeRoot = context.nextRef();
    element(this.root, treeRoot);

    let root = `<</Type/StructTreeRoot/K ${refs.get(this.root)!.toString()}/ParentTree<</Nums[${nums.join(' ')}]>>/ParentTreeNextKey ${key}`;
    if (ids.length > 0) {
      ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      root += `/IDTree<</Names[${ids.map(([id, ref]) => `${PDFString.of(id).toString()} ${ref.toString()}`).join(' ')}]>>`;
    }
    context.assign(treeRoot, rawObject(`${root}>>`));
    this.doc.catalog.set(PDFName.of('StructTreeRoot'), treeRoot);
    this.doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    // PDF/UA: on a page with annotations, the tab order follows the structure.
    for (const page of this.doc.getPages()) {
      if (page.node.has(PDFName.of('Annots'))) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    }
  }

  private kidsOf(node: StructNode): Kid[] {
    let kids = this.kids.get(node);
    if (kids === undefined) {
      kids = [];
      this.kids.set(node, kids);
    }
    return kids;
  }
}

const END = PDFOperator.of(PDFOperatorNames.EndMarkedContent);

const typeNames = new Map<StructType, PDFName>();

/** The type's name object, made once: PDFName.of decodes its argument on every call. */
function typeName(type: StructType): PDFName {
  let name = typeNames.get(type);
  if (name === undefined) {
    name = PDFName.of(type);
    typeNames.set(type, name);
  }
  return name;
}

const artifacts = new Map<string, PDFOperator>();

/** `/Artifact <</Type /Pagination /Subtype /Header>> BDC`, made once per kind. */
function artifactOperator(type: ArtifactType, subtype: 'Header' | 'Footer' | undefined): PDFOperator {
  const key = `${type}|${subtype ?? ''}`;
  let operator = artifacts.get(key);
  if (operator === undefined) {
    const properties = subtype === undefined ? `<</Type /${type}>>` : `<</Type /${type} /Subtype /${subtype}>>`;
    operator = PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), properties]);
    artifacts.set(key, operator);
  }
  return operator;
}

/**
 * An object given as its PDF text (ASCII: names, numbers, references, hex
 * strings). pdf-lib writes the bytes of a `PDFInvalidObject` as they are; it
 * is its object for bytes it could not parse, and the one it has for raw syntax.
 */
function rawObject(text: string): PDFInvalidObject {
  return PDFInvalidObject.of(Buffer.from(text, 'latin1'));
}
