/** Who produced the material: workgroups, their sessions and the contributors. */
import { z } from 'zod';
import { Id, IsoDate, Line, PlainText } from './ids.js';
import { Position, Role, SessionKind } from './vocabulary.js';

export const Workgroup = z.strictObject({
  id: Id,
  name: Line(120).min(1),
  /** The theme the group works on, in a line. */
  theme: Line(300),
  description: PlainText(5_000),
});
export type Workgroup = z.infer<typeof Workgroup>;

export const Session = z.strictObject({
  id: Id,
  kind: SessionKind,
  title: Line(200).min(1),
  date: IsoDate,
  place: Line(120),
  workgroupId: Id.nullable(),
  participants: z.number().int().min(0).max(100_000).nullable(),
  notes: PlainText(10_000),
});
export type Session = z.infer<typeof Session>;

export const Contributor = z.strictObject({
  id: Id,
  name: Line(120).min(1),
  role: Role,
  position: Position,
  organisation: Line(200),
  workgroupIds: z.array(Id),
  /** When set, the name is replaced by this pseudonym wherever the contributor appears in print. */
  pseudonym: Line(120).min(1).nullable(),
});
export type Contributor = z.infer<typeof Contributor>;
