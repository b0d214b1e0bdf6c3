import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Job } from '../../../../common/jobs';
import { NATION_CODE } from '../../../../common/stats';
import type { Page } from '../../../../common/pagination';
import { type ImportHistory, type ImportHistoryQuery, type ImportKind, ImportKindLabels, type ImportPreview, type ImportStart, type StatsImportReport } from '../../../../common/stats-records';
import type { Database, Db } from '../../../db/database';
import { type Actor, type DataScope, scopeOf } from '../../../platform/access';
import type { AuditActor, AuditWriter } from '../../../platform/audit/audit.service';
import type { Clock } from '../../../platform/clock';
import { AppError, fieldError, isUniqueViolation } from '../../../platform/errors';
import { writeTemplate } from '../../../platform/excel';
import type { FileService } from '../../../platform/files/file.service';
import { type JobProgress, type JobService, JobFailure } from '../../../platform/jobs/job.service';
import type { RegionService } from '../../org/index';
import type { ComputeService } from '../compute.service';
import type { ImportLogRepository } from '../import-log.repository';
import type { SettingRepository } from '../setting.repository';
import type { StageRepository } from '../stage.repository';
import { type BulkConnection, csvField, openBulk, withoutIndexes } from './bulk';
import { KINDS, type KindSpec, type ParseContext, suggestMapping } from './kinds';
import { Invalid, type Parsed } from './parse';
import { type RowReader, readRows } from './read-rows';
import { type FileInput, formatOf, openRowSource, type RowSource } from './row-source';

/** Errors listed in a report; beyond this only the count grows. */
export const MAX_LISTED_ERRORS = 1000;
const UPLOAD_EXTENSIONS = ['csv', 'txt', 'xlsx'];

/** Who imports: a signed-in user, or the command line / demo (no user, whole country). */
export interface Importer {
  actor: Actor | null;
  audit: AuditActor;
  name: string;
}

export interface ImportDeps {
  database: Database;
  db: Db;
  regions: RegionService;
  jobs: JobService;
  files: FileService;
  audit: AuditWriter;
  clock: Clock;
  compute: ComputeService;
  stage: StageRepository;
  settings: SettingRepository;
  log: ImportLogRepository;
  logger: Logger;
}

/** The importer of a signed-in user. */
export function importerOf(actor: Actor): Importer {
  return { actor, audit: actor, name: actor.displayName };
}

/**
 * Imports of records, baselines and published figures from CSV or Excel with a column mapping.
 * Rows stream from the file through the field parsers into a stage table by COPY (so files of
 * millions of rows never sit in memory); every bad cell is reported with its row and column.
 * Only a file without errors is merged, in one transaction with the facts delta and the refreshed
 * indicator values, so a failed import leaves nothing behind and a repeated one changes nothing.
 */
export function createImportService(deps: ImportDeps) {
  const { database, db, regions, jobs, files, audit, clock, compute, stage, settings, log, logger } = deps;

  function mappingIndexes(spec: KindSpec, headers: readonly string[], mapping: Record<string, string | null>): number[] {
    const known = new Set(spec.fields.map((f) => f.key));
    for (const key of Object.keys(mapping)) if (!known.has(key)) throw fieldError(`mapping.${key}`, `没有名为「${key}」的字段`);
    return spec.fields.map((field) => {
      const header = mapping[field.key] ?? null;
      if (header === null) {
        if (field.required) throw fieldError(`mapping.${field.key}`, `必填字段「${field.header}」没有对应的列`);
        return -1;
      }
      const index = headers.indexOf(header);
      if (index < 0) throw fieldError(`mapping.${field.key}`, `文件中没有「${header}」列`);
      return index;
    });
  }

  function parseContext(importer: Importer, spec: KindSpec): ParseContext {
    const scope: DataScope = importer.actor ? scopeOf(importer.actor) : { kind: 'all' };
    const cache = new Map<string, Parsed>();
    const referenceData = !spec.records;
    // Baselines and published figures of other regions are needed for ranks; the city office maintains them.
    const anyRegion = referenceData && (!importer.actor || importer.actor.roles.some((r) => r === 'admin' || r === 'office'));
    return {
      region(raw) {
        const hit = cache.get(raw);
        if (hit) return hit;
        let result: Parsed;
        const t = raw.trim();
        if (t === NATION_CODE || t === '全国') {
          result = !referenceData ? new Invalid('记录应填写所在行政区划，不能填全国') : anyRegion ? NATION_CODE : new Invalid('全国数据超出您的管辖范围');
        } else {
          try {
            const code = regions.resolve(t);
            const outside = !anyRegion && scope.kind !== 'all' && (scope.kind !== 'region' || !code.startsWith(scope.prefix));
            result = outside ? new Invalid(`${regions.fullName(code)}超出您的管辖范围`) : code;
          } catch (err) {
            result = new Invalid(err instanceof AppError ? (err.fields?.[0]?.message ?? err.message) : '无效');
          }
        }
        cache.set(raw, result);
        return result;
      },
    };
  }

  async function run(importer: Importer, kind: ImportKind, input: FileInput, mapping: Record<string, string | null> | null, progress: JobProgress): Promise<StatsImportReport> {
    const spec = KINDS[kind];
    let source = await openRowSource(input);
    const indexes = mappingIndexes(spec, source.headers, mapping ?? suggestMapping(spec, source.headers));
    const headerOf = spec.fields.map((f, i) => (indexes[i] >= 0 ? source.headers[indexes[i]] : f.header));
    const importId = randomUUID();
    const ctx = parseContext(importer, spec);
    const errors: StatsImportReport['errors'] = [];
    let errorCount = 0;
    let total = 0;
    const addError = (row: number, field: string, message: string) => {
      errorCount++;
      if (errors.length < MAX_LISTED_ERRORS) errors.push({ row, field, message });
    };
    const phasesMs: Record<string, number> = {};
    let mark = Date.now();
    const phase = (name: string) => {
      phasesMs[name] = (phasesMs[name] ?? 0) + Date.now() - mark;
      mark = Date.now();
    };
    const report = (counts: { inserted: number; updated: number; unchanged: number }): StatsImportReport => ({ kind, total, ...counts, imported: counts.inserted + counts.updated, errorCount, errors, phasesMs });
    const failed = (message: string) => new JobFailure(message, report({ inserted: 0, updated: 0, unchanged: 0 }));

    await log.start(db, { id: importId, kind, fileName: input.name, createdBy: importer.actor?.userId ?? null, createdByName: importer.name, at: clock.now() });
    const reader = (src: RowSource, into: Pick<RowReader, 'head' | 'tail' | 'sink'>): RowReader => ({ source: src, spec, indexes, headerOf, ctx, addError, errorCount: () => errorCount, progress, ...into });
    const rowErrors = () => failed(`${new Set(errors.map((e) => e.row)).size}${errorCount > errors.length ? '+' : ''} 行有错误，未导入任何数据`);
    try {
      progress.report(0, null, '正在读取与校验');
      // A first load into PostgreSQL copies straight into the table. (The embedded database has one
      // connection, which a load held for the whole read would take from every other user.)
      if (spec.records && database.engine === 'postgres' && (await stage.targetEmpty(db, spec))) {
        try {
          const counts = await firstLoad(importer, spec, importId, input.name, phase, async (bulk, at) => {
            const tail = `,${csvField(importId)},${csvField(at.toISOString())}`;
            total = await readRows(reader(source, { head: () => '', tail, sink: (chunk) => bulk.copy(spec.table, [...stage.columnsOf(spec), 'import_id', 'updated_at'], [chunk], { freeze: true }) }));
            phase('read');
            if (total === 0) throw failed('文件中没有数据行');
            if (errorCount > 0) throw rowErrors();
            progress.report(total, total, '正在建立索引并更新指标');
            return total;
          });
          if (counts) {
            await log.finish(db, importId, 'succeeded', { total, ...counts, errorCount: 0 }, clock.now());
            return report(counts);
          }
        } catch (err) {
          if (!isUniqueViolation(err)) throw err;
        }
        // The file repeats a record number (or another import got there first): read it again
        // through the stage, which tells identical repeats from conflicting ones.
        total = 0;
        source = await openRowSource(input);
      }
      const prefix = csvField(importId) + ',';
      total = await readRows(
        reader(source, {
          head: (rowNumber) => prefix + String(rowNumber) + ',',
          tail: '',
          // A connection is held only for each COPY, so other users' requests go on during the read.
          sink: async (chunk) => {
            const bulk = await openBulk(database);
            try {
              await bulk.copy(`${spec.table}_stage`, stage.copyColumns(spec), [chunk]);
            } finally {
              bulk.release();
            }
          },
        }),
      );
      phase('read');
      if (total === 0) throw failed('文件中没有数据行');
      if (errorCount > 0) throw rowErrors();

      const keyHeader = headerOf[spec.fields.findIndex((f) => f.column === spec.key[0])];
      // Repeated record numbers are looked for only when needed: a first load into an empty table
      // finds them when its primary key is rebuilt.
      const checkDuplicates = async (): Promise<boolean> => {
        progress.report(total, total, '正在检查重复记录');
        const found = await stage.duplicates(db, spec, importId, MAX_LISTED_ERRORS);
        for (const c of found.conflicts) for (const row of c.rows.slice(1)) addError(row, keyHeader, `记录号 ${c.key} 与第 ${c.rows[0]} 行相同但内容不同`);
        phase('duplicates');
        if (errorCount > 0) throw failed(`${errorCount} 行的记录号与文件中其他行重复但内容不同，未导入任何数据`);
        return found.repeated;
      };
      progress.report(total, total, '正在合并并更新指标');
      let counts: { inserted: number; updated: number; unchanged: number };
      if (await stage.targetEmpty(db, spec)) {
        try {
          counts = await merge(importer, spec, importId, input.name, phase, { fast: true, duplicates: false });
        } catch (err) {
          if (!isUniqueViolation(err)) throw err;
          counts = await merge(importer, spec, importId, input.name, phase, { fast: false, duplicates: await checkDuplicates() });
        }
      } else {
        counts = await merge(importer, spec, importId, input.name, phase, { fast: false, duplicates: await checkDuplicates() });
      }
      await log.finish(db, importId, 'succeeded', { total, ...counts, errorCount: 0 }, clock.now());
      return report(counts);
    } catch (err) {
      errors.sort((a, b) => a.row - b.row);
      await log.finish(db, importId, 'failed', { total, inserted: 0, updated: 0, unchanged: 0, errorCount }, clock.now()).catch(() => undefined);
      throw err;
    } finally {
      await stage.clear(db, spec, importId).catch((e: unknown) => logger.warn({ err: e }, 'could not clear the import stage'));
    }
  }

  /**
   * A first load of records: in one transaction, the empty table loses its keys and indexes, the
   * file is copied straight into it by `read`, the keys and indexes are built once, and the facts
   * and values follow. Answers null when another import filled the table first (the caller goes
   * through the stage); a repeated record number fails the key's rebuild, and nothing is kept.
   */
  async function firstLoad(importer: Importer, spec: KindSpec, importId: string, fileName: string, phase: (name: string) => void, read: (bulk: BulkConnection, at: Date) => Promise<number>) {
    const bulk = await openBulk(database);
    try {
      return await bulk.db.transaction().execute(async (trx) => {
        await stage.lockTarget(trx, spec);
        if (!(await stage.targetEmpty(trx, spec))) return null;
        // Emptied in this transaction, so COPY may write the rows frozen.
        await stage.truncateTarget(trx, spec);
        const at = clock.now();
        const inserted = await withoutIndexes(trx, spec.table, () => read(bulk, at));
        // The planner's statistics first: without them the facts' scan is planned for an empty table.
        await stage.analyze(trx, spec);
        phase('merge');
        await settings.lockValues(trx);
        const fromYear = await stage.applyTableFacts(trx, spec, await compute.thresholdFen(trx));
        phase('facts');
        if (fromYear !== null) await compute.refresh(bulk, trx, fromYear);
        phase('values');
        // The table was empty and its key took every row: each one is new.
        const counts = { inserted, updated: 0, unchanged: 0 };
        await audit.record(trx, importer.audit, { action: 'import', entityType: 'statsImport', entityId: importId, after: { kind: spec.kind, fileName, ...counts } });
        return counts;
      });
    } finally {
      bulk.release();
    }
  }

  async function merge(importer: Importer, spec: KindSpec, importId: string, fileName: string, phase: (name: string) => void, opts: { fast: boolean; duplicates: boolean }) {
    const bulk = await openBulk(database);
    try {
      return await bulk.db.transaction().execute(async (trx) => {
        await settings.lockValues(trx);
        const at = clock.now();
        const thresholdFen = await compute.thresholdFen(trx);
        let counts: { inserted: number; updated: number; unchanged: number };
        let fromYear: number | null = null;
        if (opts.fast && (await stage.targetEmpty(trx, spec))) {
          // A first load: copy into the table without its keys and indexes, rebuild them once
          // (a repeated record number fails the rebuild, and the caller takes the slow path).
          const inserted = await withoutIndexes(trx, spec.table, () => stage.insertAll(trx, spec, importId, at));
          phase('merge');
          counts = { inserted, updated: 0, unchanged: 0 };
          fromYear = spec.records ? await stage.applyTableFacts(trx, spec, thresholdFen) : await stage.minYear(trx, spec, importId);
          phase('facts');
        } else {
          counts = await stage.counts(trx, spec, importId, opts.duplicates);
          phase('counts');
          if (spec.records) fromYear = await stage.applyFactDelta(trx, spec, importId, thresholdFen, opts.duplicates);
          else if (counts.inserted + counts.updated > 0) fromYear = await stage.minYear(trx, spec, importId);
          phase('facts');
          await stage.merge(trx, spec, importId, at, opts.duplicates);
          phase('merge');
        }
        if (fromYear !== null) await compute.refresh(bulk, trx, fromYear);
        phase('values');
        if (counts.inserted + counts.updated > 100_000) await stage.analyze(trx, spec);
        await audit.record(trx, importer.audit, { action: 'import', entityType: 'statsImport', entityId: importId, after: { kind: spec.kind, fileName, ...counts } });
        return counts;
      });
    } finally {
      bulk.release();
    }
  }

  return {
    run,

    /** Past imports: all of them for an admin, one's own for everyone else. */
    async history(actor: Actor, q: ImportHistoryQuery): Promise<Page<ImportHistory>> {
      const { rows, total } = await log.list(db, q, actor.roles.includes('admin') ? null : actor.userId);
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind as ImportKind,
          fileName: r.file_name,
          status: r.status as ImportHistory['status'],
          total: r.total,
          inserted: r.inserted,
          updated: r.updated,
          unchanged: r.unchanged,
          errorCount: r.error_count,
          createdByName: r.created_by_name,
          createdAt: r.created_at.toISOString(),
          finishedAt: r.finished_at?.toISOString() ?? null,
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** The Excel template of a kind: its columns, an example row and a sheet explaining each column. */
    async template(kind: ImportKind): Promise<Buffer> {
      const spec = KINDS[kind];
      return writeTemplate(
        ImportKindLabels[kind].zh,
        spec.fields.map((f) => ({ key: f.key, header: f.header, required: f.required, example: f.example, note: f.note, width: 18 })),
      );
    },

    /** Saves an uploaded file and answers its columns, a few rows and the suggested mapping. */
    async preview(actor: Actor, kind: ImportKind, upload: { name: string; bytes: Buffer }): Promise<ImportPreview> {
      formatOf(upload.name);
      const stored = await files.upload(actor, upload, UPLOAD_EXTENSIONS);
      const source = await openRowSource({ name: upload.name, bytes: upload.bytes });
      const sample: string[][] = [];
      for await (const batch of source.batches) {
        for (const row of batch.slice(0, 5 - sample.length)) sample.push(row.cells.map((c) => c ?? ''));
        if (sample.length >= 5) break;
      }
      const spec = KINDS[kind];
      return {
        fileId: stored.id,
        fileName: stored.name,
        kind,
        headers: source.headers,
        sample,
        fields: spec.fields.map((f) => ({ key: f.key, header: f.header, required: f.required, note: f.note })),
        mapping: suggestMapping(spec, source.headers),
      };
    },

    /** Starts the import of a previewed file with the mapping the user confirmed; answers the job to follow. */
    async start(actor: Actor, body: ImportStart): Promise<Job> {
      const { file, bytes } = await files.readOwn(actor, body.fileId).catch(() => {
        throw fieldError('fileId', '文件不存在或不是您上传的，请重新上传');
      });
      const input: FileInput = { name: file.name, bytes };
      const source = await openRowSource(input);
      mappingIndexes(KINDS[body.kind], source.headers, body.mapping);
      return jobs.start(actor, `stats.import.${body.kind}`, (progress) => run(importerOf(actor), body.kind, input, body.mapping, progress));
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
