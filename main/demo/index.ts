/**
 * The demo bundel "Op weg naar samenspel": a complete, consistent project
 * that shows every part of Bundel — all material kinds, boxes, figures,
 * footnotes, comment threads, consent warnings and unused material.
 * Everything is fixed (ids, dates, image bytes), so two calls give equal data.
 * All people, organisations and towns are invented.
 */
import type { ProjectData } from '../model/index.js';
import { demoChapters } from './chapters/index.js';
import { contributors } from './contributors.js';
import { demoMaterial } from './material/index.js';
import { publication } from './publication.js';
import { demoThreads } from './threads.js';
import { demoVisuals } from './visuals/index.js';
import { sessions, workgroups } from './workgroups.js';

export function demoProject(): ProjectData {
  const chapters = demoChapters();
  const { visuals, images } = demoVisuals(sessions);
  // A deep copy: callers may change what they get without touching the module's records.
  return structuredClone({
    publication,
    workgroups,
    sessions,
    contributors,
    material: demoMaterial(),
    chapters,
    visuals,
    images,
    threads: demoThreads(chapters),
  });
}
