/** The recent projects list kept in the user data folder, validated when read. */
import path from 'node:path';
import type { RecentProject } from '../ipc/contract.js';
import type { Logger } from '../ipc/errors.js';
import { now } from '../model/index.js';
import { readJson, writeJson } from './json-file.js';
import { RecentList, withOpened, without } from './recent.js';

export class RecentFile {
  private constructor(
    private readonly file: string,
    private list: RecentProject[],
    private readonly log: Logger,
  ) {}

  static async load(userData: string, log: Logger): Promise<RecentFile> {
    const file = path.join(userData, 'recent.json');
    return new RecentFile(file, await readJson(file, RecentList, [], log), log);
  }

  entries(): RecentProject[] {
    return [...this.list];
  }

  opened(file: string): Promise<void> {
    return this.save(withOpened(this.list, file, now()));
  }

  forget(file: string): Promise<void> {
    return this.save(without(this.list, file));
  }

  clear(): Promise<void> {
    return this.save([]);
  }

  private async save(list: RecentProject[]): Promise<void> {
    this.list = list;
    // The list is a convenience: failing to write it must not stand between the user and the project.
    await writeJson(this.file, list).catch((error: unknown) => this.log.warn(`could not save ${this.file}: ${String(error)}`));
  }
}
