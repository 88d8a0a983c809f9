/**
 * A document's tagging: marked content on its pages tied to the nodes of the
 * logical structure, and the structure tree written into the file (PDF 1.7
 * 14.7–14.8; PDF/UA-1 7.1). Everything painted is either content of a node or
 * an artifact (running heads, folios, frames, rules, crop marks), which a
 * screen reader skips.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  type PDFDocument,
  type PDFObject,
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

/** What a node's content is made of, in the order it was painted. */
type Kid =
  | { readonly kind: 'content'; readonly page: PDFPage; readonly mcid: number }
  /** A link annotation over the node's text: written as a Link element of the node. */
  | { readonly kind: 'link'; readonly page: PDFPage; readonly annotation: PDFRef };

/** Pagination: running heads and folios; Layout: frames and rules; Page: crop marks. */
export type ArtifactType = 'Pagination' | 'Layout' | 'Page';

export class Tagger {
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

  /** The structure tree, the pages' and annotations' entries in its parent tree, and the catalog's /MarkInfo. */
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

    const nums: PDFObject[] = [];
    let key = 0;
    for (const page of this.doc.getPages()) {
      const owners = this.owners.get(page);
      if (owners === undefined) continue;
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(key));
      nums.push(PDFNumber.of(key++), context.obj(owners.map((node) => refs.get(node)!)));
    }
    const ids: [string, PDFRef][] = [];
    // Some 9,000 elements in a 400-page book: built from the objects, not through context.obj's conversions.
    const element = (node: StructNode, parent: PDFRef): void => {
      const ref = refs.get(node)!;
      const kids = this.kids.get(node) ?? [];
      const first = kids.find((kid) => kid.kind === 'content');
      const k = PDFArray.withContext(context);
      for (const kid of kids) {
        if (kid.kind === 'content') {
          k.push(kid.page === first?.page ? PDFNumber.of(kid.mcid) : context.obj({ Type: 'MCR', Pg: kid.page.ref, MCID: kid.mcid }));
          continue;
        }
        const link = context.nextRef();
        const annotation = context.lookup(kid.annotation, PDFDict);
        annotation.set(PDFName.of('StructParent'), PDFNumber.of(key));
        nums.push(PDFNumber.of(key++), link);
        context.assign(link, context.obj({ S: 'Link', P: ref, Pg: kid.page.ref, K: context.obj({ Type: 'OBJR', Obj: kid.annotation, Pg: kid.page.ref }) }));
        k.push(link);
      }
      for (const child of node.children) {
        if (!refs.has(child)) continue;
        element(child, ref);
        k.push(refs.get(child)!);
      }
      const dict = PDFDict.withContext(context);
      dict.set(NAME.S, typeName(node.type));
      dict.set(NAME.P, parent);
      dict.set(NAME.K, k);
      if (first !== undefined) dict.set(NAME.Pg, first.page.ref);
      if (node.attributes.alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(node.attributes.alt));
      const box = this.boxes.get(node);
      if (box !== undefined) dict.set(PDFName.of('A'), context.obj({ O: 'Layout', BBox: box.map((v) => Math.round(v * 100) / 100) }));
      if (node.attributes.id !== undefined) {
        dict.set(PDFName.of('ID'), PDFString.of(node.attributes.id));
        ids.push([node.attributes.id, ref]);
      }
      context.assign(ref, dict);
    };
    const treeRoot = context.nextRef();
    element(this.root, treeRoot);

    const rootDict = context.obj({
      Type: 'StructTreeRoot',
      K: refs.get(this.root)!,
      ParentTree: context.obj({ Nums: nums }),
      ParentTreeNextKey: key,
    });
    if (ids.length > 0) {
      ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      rootDict.set(PDFName.of('IDTree'), context.obj({ Names: ids.flatMap(([id, ref]) => [PDFString.of(id), ref]) }));
    }
    context.assign(treeRoot, rootDict);
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

const NAME = { S: PDFName.of('S'), P: PDFName.of('P'), K: PDFName.of('K'), Pg: PDFName.of('Pg') };
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
