/**
 * One entity table: `id`, summary columns and the record as JSON in `data`.
 * Records are validated with the model's zod schema when written and parsed
 * with it again when read, since the file is input like any other.
 */
import type { z } from 'zod';
import { namedRecord, namedRecordWithId, UserError, type ErrorParams, type IdentifiedRecordName } from '../model/index.js';
import type { StoreContext } from './context.js';
import { RecordCache } from './record-cache.js';

export type SqlValue = string | number | bigint | null;

export interface TableSpec<T extends { id: string }> {
  table: string;
  /** How messages name one record: `record.<what>` in the catalogue ("hoofdstuk"), and `record.<what>WithId`. */
  what: IdentifiedRecordName;
  schema: z.ZodType<T>;
  /** Columns besides id and data, each derived from a valid record. */
  columns?: Record<string, (record: T) => SqlValue>;
  /** Columns whose values the caller passes to `upsert`, having worked them out along with other things. */
  supplied?: string[];
  /** Columns set by an SQL expression when a record is first written, and left alone after. */
  insertOnly?: Record<string, string>;
  /** SQL ordering of `list()`; by default the order records were first written in. */
  orderBy?: string;
  /** How many records `get` keeps parsed (see RecordCache): for tables of large records read again and again. */
  cache?: number;
}

interface DataRow {
  id: string;
  data: string;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Checks a row (or part of one) read from the file against `schema`, or `invalidRecord` naming the record (`namedRecord…`). */
export function parseRow<T>(schema: z.ZodType<T>, raw: unknown, named: ErrorParams): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new UserError('invalidRecord', { ...named, problem: describeIssues(result.error) });
  return result.data;
}

/** JSON.parse that reports bad text as an invalid record, named as `named` says (`namedRecord…`). */
export function parseJson(text: string, named: ErrorParams): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError('invalidRecord', { ...named, problem: (error as Error).message });
  }
}

export class RecordTable<T extends { id: string }> {
  readonly what: IdentifiedRecordName;
  private readonly columnValues: ((record: T) => SqlValue)[];
  private readonly statements;
  private readonly cache: RecordCache<T> | null;

  constructor(
    private readonly ctx: StoreContext,
    private readonly spec: TableSpec<T>,
  ) {
    this.what = spec.what;
    const columnNames = [...Object.keys(spec.columns ?? {}), ...(spec.supplied ?? [])];
    this.columnValues = Object.values(spec.columns ?? {});
    const { table } = spec;
    const names = ['id', ...columnNames, 'data'];
    const updates = [...columnNames, 'data'].map((c) => `${c} = excluded.${c}`).join(', ');
    const insertOnly = Object.entries(spec.insertOnly ?? {});
    const insertNames = [...names, ...insertOnly.map(([name]) => name)];
    const insertValues = [...names.map(() => '?'), ...insertOnly.map(([, sql]) => sql)];
    const db = ctx.db;
    this.statements = {
      list: db.prepare<[], DataRow>(`SELECT id, data FROM ${table} ORDER BY ${spec.orderBy ?? 'rowid'}`),
      get: db.prepare<[string], DataRow>(`SELECT id, data FROM ${table} WHERE id = ?`),
      // An upsert keeps the rowid, and with it the order of first writing.
      upsert: db.prepare<SqlValue[]>(
        `INSERT INTO ${table} (${insertNames.join(', ')}) VALUES (${insertValues.join(', ')})
         ON CONFLICT (id) DO UPDATE SET ${updates}`,
      ),
      remove: db.prepare<[string]>(`DELETE FROM ${table} WHERE id = ?`),
    };
    this.cache = spec.cache ? new RecordCache(ctx, spec.cache) : null;
  }

  /** The record as the schema makes it (trimmed lines and all), or `invalidRecord`. */
  validate(record: unknown): T {
    const result = this.spec.schema.safeParse(record);
    if (!result.success) {
      const id = typeof record === 'object' && record !== null && 'id' in record ? String(record.id) : '';
      throw new UserError('invalidRecord', { ...namedRecordWithId(this.what, id), problem: describeIssues(result.error) });
    }
    return result.data;
  }

  list(): T[] {
    return this.ctx.read(() => this.statements.list.all().map((row) => this.parse(row)));
  }

  /** The record; from the cache, shared and frozen, when the table keeps one. */
  get(id: string): T | undefined {
    return this.ctx.read(() => {
      const cached = this.cache?.get(id);
      if (cached) return cached;
      const row = this.statements.get.get(id);
      const record = row && this.parse(row);
      if (record) this.cache?.set(record);
      return record;
    });
  }

  /** A prepared query for the records matching `where` (SQL with ? parameters), in list order. */
  selectWhere(where: string): (...params: SqlValue[]) => T[] {
    const { table, orderBy } = this.spec;
    const statement = this.ctx.db.prepare<SqlValue[], DataRow>(
      `SELECT id, data FROM ${table} WHERE ${where} ORDER BY ${orderBy ?? 'rowid'}`,
    );
    return (...params) => this.ctx.read(() => statement.all(...params).map((row) => this.parse(row)));
  }

  /** The record, or `notFound`. */
  require(id: string): T {
    const record = this.get(id);
    if (!record) throw new UserError('notFound', { ...namedRecord(this.what), id });
    return record;
  }

  /** Writes a validated record, with the values of the `supplied` columns; call inside a transaction. */
  upsert(record: T, supplied: SqlValue[] = []): void {
    const columns = this.columnValues.map((value) => value(record));
    this.statements.upsert.run(record.id, ...columns, ...supplied, JSON.stringify(record));
    this.cache?.set(record);
  }

  /** Deletes the row; call inside a transaction. */
  remove(id: string): void {
    this.statements.remove.run(id);
    this.cache?.delete(id);
  }

  /** Every row, parsed or with what is wrong with it: for the consistency check. */
  checkAll(): { valid: T[]; invalid: { id: string; problem: string }[] } {
    const valid: T[] = [];
    const invalid: { id: string; problem: string }[] = [];
    for (const row of this.ctx.read(() => this.statements.list.all())) {
      try {
        valid.push(this.parse(row));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        invalid.push({ id: row.id, problem: String(error.params.problem) });
      }
    }
    return { valid, invalid };
  }

  private parse(row: DataRow): T {
    const named = namedRecordWithId(this.what, row.id);
    const record = this.validate(parseJson(row.data, named));
    if (record.id !== row.id) {
      throw new UserError('invalidRecord', { ...named, problem: `data has id ${record.id}` });
    }
    return record;
  }
}
