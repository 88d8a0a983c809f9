/** The list of recently opened projects: newest first, each file once, at most ten. */
import path from 'node:path';
import { z } from 'zod';
import { RecentProject } from '../ipc/contract.js';

export const maxRecent = 10;
export const RecentList = z.array(RecentProject).max(100);
export type RecentList = RecentProject[];

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

export function withOpened(list: RecentList, file: string, openedAt: string): RecentList {
  const entry: RecentProject = { path: file, name: path.basename(file, path.extname(file)), openedAt };
  return [entry, ...list.filter((e) => !samePath(e.path, file))].slice(0, maxRecent);
}

export function without(list: RecentList, file: string): RecentList {
  return list.filter((e) => !samePath(e.path, file));
}
