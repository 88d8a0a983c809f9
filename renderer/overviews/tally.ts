/** The overviews' figures, counted from the library's summaries: pure, so each view only draws. */
import type { ChapterSummary, MaterialSummary } from '../../main/ipc/contract.js';
import type { Session, Workgroup } from '../../main/model/index.js';

export interface ThemeMatrix {
  themes: string[];
  workgroups: Workgroup[];
  /** How many items have this theme and come from this workgroup. */
  count(theme: string, workgroupId: string): number;
}

export function themeMatrix(items: MaterialSummary[], workgroups: Workgroup[]): ThemeMatrix {
  const counts = new Map<string, number>();
  const key = (theme: string, workgroupId: string) => `${workgroupId}\u0000${theme}`;
  for (const item of items) {
    if (!item.workgroupId) continue;
    for (const theme of new Set(item.themes)) counts.set(key(theme, item.workgroupId), (counts.get(key(theme, item.workgroupId)) ?? 0) + 1);
  }
  const used = new Set(items.filter((i) => i.workgroupId).flatMap((i) => i.themes));
  return {
    themes: [...used].sort((a, b) => a.localeCompare(b, 'nl')),
    workgroups: [...workgroups].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    count: (theme, workgroupId) => counts.get(key(theme, workgroupId)) ?? 0,
  };
}

/** Each chapter in the publication's order with the material items it shows. */
export function materialPerChapter(items: MaterialSummary[], chapters: ChapterSummary[]): { chapter: ChapterSummary; items: MaterialSummary[] }[] {
  return chapters.map((chapter) => ({ chapter, items: items.filter((item) => item.usedIn.includes(chapter.id)) }));
}

export function unusedMaterial(items: MaterialSummary[]): MaterialSummary[] {
  return items.filter((item) => item.usedIn.length === 0).sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

/** The sessions by date, each with how much material came from it. */
export function sessionTimeline(sessions: Session[], items: MaterialSummary[]): { session: Session; material: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) if (item.sessionId) counts.set(item.sessionId, (counts.get(item.sessionId) ?? 0) + 1);
  return [...sessions]
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'nl'))
    .map((session) => ({ session, material: counts.get(session.id) ?? 0 }));
}
