/**
 * Forward migrations keyed on `PRAGMA user_version`: migration i brings a file
 * from version i to i + 1. All pending ones run in one transaction, so a
 * failing migration leaves the file as it was.
 */
import type { Database } from 'better-sqlite3';
import { UserError } from '../model/index.js';
import { schemaV1 } from './schema-v1.js';
import { schemaV2 } from './schema-v2.js';
import { schemaV3 } from './schema-v3.js';
import { schemaV4 } from './schema-v4.js';

export type Migration = (db: Database) => void;

export const migrations: readonly Migration[] = [schemaV1, schemaV2, schemaV3, schemaV4];

/** The file version this Bundel writes. */
export const CURRENT_VERSION = migrations.length;

/** "BDL1": marks an SQLite file as a Bundel project. */
export const APPLICATION_ID = 0x42444c31;

export function fileVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the file to `migrations.length`; refuses a file newer than that. */
export function migrate(db: Database, list: readonly Migration[], path = db.name): void {
  const from = fileVersion(db);
  if (from > list.length) {
    throw new UserError('newerVersion', { path, found: from, supported: list.length });
  }
  if (from === list.length) return;
  db.transaction(() => {
    for (let version = from; version < list.length; version++) list[version](db);
    // PRAGMA takes no parameters; the value is our own integer.
    db.pragma(`user_version = ${list.length}`);
  }).immediate();
}
