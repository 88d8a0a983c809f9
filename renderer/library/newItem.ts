/** A new, unsaved item of a kind: empty fields, consent unknown, status raw. */
import { emptyDoc, kindDefaults, newId, now, type MaterialItem, type MaterialKind } from '../../main/model/index.js';

export function newMaterialItem(kind: MaterialKind): MaterialItem {
  const stamp = now();
  // kindDefaults gives exactly the fields of `kind`, so the union member is complete.
  return {
    id: newId(),
    kind,
    title: '',
    body: emptyDoc(),
    provenance: { workgroupId: null, sessionId: null, contributorIds: [] },
    themes: [],
    consent: 'unknown',
    anonymisation: { anonymised: false, note: '' },
    editorialStatus: 'raw',
    createdAt: stamp,
    updatedAt: stamp,
    ...kindDefaults(kind),
  } as unknown as MaterialItem;
}
