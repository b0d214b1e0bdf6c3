import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Job } from '../../../../common/jobs';
import type { Page } from '../../../../common/pagination';
import { type ImportHistory, type ImportHistoryQuery, type ImportKind, ImportKindLabels, type ImportPreview, type ImportStart, type StatsImportReport } from '../../../../common/stats-records';
import type { Database, Db } from '../../../db/database';
import type { Actor } from '../../../platform/access';
import { keepsAllReferenceData, seesAllImports, statsScope } from '../stats.policy';
import type { AuditActor, AuditWriter } from '../../../platform/audit/audit.service';
import type { Clock } from '../../../platform/clock';
import { fieldError, isUniqueViolation } from '../../../platform/errors';
import { writeTemplate } from '../../../platform/excel';
import type { FileService } from '../../../platform/files/file.service';
import { type JobProgress, type JobService, JobFailure } from '../../../platform/jobs/job.service';
import type { RegionService } from '../../org/index';
import type { ComputeService } from '../compute.service';
import type { ImportLogRepository } from '../import-log.repository';
import type { SettingRepository } from '../setting.repository';
import { recordKindOf, type StageRepository } from '../stage.repository';
import { type BulkConnection, type CopyChunk, csvField, openBulk, withoutIndexes } from '../../../db/bulk';
import { KINDS, type KindSpec, suggestMapping } from './domain/kinds';
import { createParseContext, type ImportReach } from './domain/parse-context';
import { readImportFile } from './read-file.workbook';
import { type LineFormat, RowErrors } from './row-parser.service';
import { type FileInput, formatOf, openRowSource, type RowSource, sizeOf } from './row-source.workbook';
import { readInWorker } from './worker-read.service';
import { inTransaction } from '../../../db/unit-of-work';

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
  /**
   * Files from this size (bytes) are read and checked in a worker thread, beside the COPY into the
   * database (ZHICHAN_IMPORT_THREAD_MB; below some megabytes a thread takes longer to start than it saves).
   */
  parallelReadFrom: number;
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
  const { database, db, regions, jobs, files, audit, clock, compute, stage, settings, log, logger, parallelReadFrom } = deps;

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

  /** What the importer may write: records within their data scope; the city office keeps every region's reference data. */
  function reachOf(importer: Importer, spec: KindSpec): ImportReach {
    const referenceData = !spec.records;
    const anyRegion = referenceData && (!importer.actor || keepsAllReferenceData(importer.actor));
    return { referenceData, anyRegion, scope: importer.actor ? statsScope(importer.actor) : { kind: 'all' } };
  }

  async function run(importer: Importer, kind: ImportKind, input: FileInput, mapping: Record<string, string | null> | null, progress: JobProgress): Promise<StatsImportReport> {
    const spec = KINDS[kind];
    let source = await openRowSource(input);
    const indexes = mappingIndexes(spec, source.headers, mapping ?? suggestMapping(spec, source.headers));
    const headerOf = spec.fields.map((f, i) => (indexes[i] >= 0 ? source.headers[indexes[i]] : f.header));
    const importId = randomUUID();
    const reach = reachOf(importer, spec);
    const errors = new RowErrors(MAX_LISTED_ERRORS);
    let total = 0;
    const phasesMs: Record<string, number> = {};
    let mark = Date.now();
    const phase = (name: string) => {
      phasesMs[name] = (phasesMs[name] ?? 0) + Date.now() - mark;
      mark = Date.now();
    };
    const report = (counts: { inserted: number; updated: number; unchanged: number }): StatsImportReport => ({
      kind,
      total,
      ...counts,
      imported: counts.inserted + counts.updated,
      errorCount: errors.count,
      errors: errors.listed,
      phasesMs,
    });
    const failed = (message: string) => new JobFailure(message, report({ inserted: 0, updated: 0, unchanged: 0 }));
    /** Reads and checks every row, in a worker thread for a large file, handing the COPY text of valid rows to `sink`. */
    const read = async (src: RowSource, line: LineFormat, sink: (chunk: CopyChunk) => Promise<void>): Promise<number> => {
      if (sizeOf(input) < parallelReadFrom) return readImportFile({ input, source: src, spec, indexes, headerOf, ctx: createParseContext(regions, reach), line, sink, errors, progress });
      src.close();
      const plan = { kind, input, indexes, headerOf, regions: regions.lookupRows(), reach, line, maxListedErrors: MAX_LISTED_ERRORS };
      return readInWorker(plan, sink, errors, progress);
    };

    await log.start(db, { id: importId, kind, fileName: input.name, createdBy: importer.actor?.userId ?? null, createdByName: importer.name, at: clock.now() });
    const rowErrors = () => failed(`${new Set(errors.listed.map((e) => e.row)).size}${errors.count > errors.listed.length ? '+' : ''} 行有错误，未导入任何数据`);
    try {
      progress.report(0, null, '正在读取与校验');
      // A first load into PostgreSQL copies straight into the table. (The embedded database has one
      // connection, which a load held for the whole read would take from every other user.)
      if (spec.records && database.engine === 'postgres' && (await stage.targetEmpty(db, spec))) {
        try {
          const counts = await firstLoad(importer, spec, importId, input.name, phase, async (bulk) => {
            // One COPY for the whole file; the import id and time come from the columns' defaults.
            const writer = bulk.copyWriter(spec.table, stage.columnsOf(spec), { freeze: true });
            try {
              total = await read(source, { head: '', rowNumbers: false, tail: '' }, (chunk) => writer.write(chunk));
              if (total === 0) throw failed('文件中没有数据行');
              if (errors.count > 0) throw rowErrors();
            } catch (err) {
              await writer.abort();
              throw err;
            }
            await writer.end();
            phase('read');
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
      // A connection is held only for each COPY, so other users' requests go on during the read.
      total = await read(source, { head: csvField(importId) + ',', rowNumbers: true, tail: '' }, async (chunk) => {
        const bulk = await openBulk(database);
        try {
          await bulk.copy(`${spec.table}_stage`, stage.copyColumns(spec), [chunk]);
        } finally {
          bulk.release();
        }
      });
      phase('read');
      if (total === 0) throw failed('文件中没有数据行');
      if (errors.count > 0) throw rowErrors();

      const keyHeader = headerOf[spec.fields.findIndex((f) => f.column === spec.key[0])];
      // Repeated record numbers are looked for only when needed: a first load into an empty table
      // finds them when its primary key is rebuilt.
      const checkDuplicates = async (): Promise<boolean> => {
        progress.report(total, total, '正在检查重复记录');
        const found = await stage.duplicates(db, spec, importId, MAX_LISTED_ERRORS);
        for (const c of found.conflicts) for (const row of c.rows.slice(1)) errors.add(row, keyHeader, `记录号 ${c.key} 与第 ${c.rows[0]} 行相同但内容不同`);
        phase('duplicates');
        if (errors.count > 0) throw failed(`${errors.count} 行的记录号与文件中其他行重复但内容不同，未导入任何数据`);
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
      errors.listed.sort((a, b) => a.row - b.row);
      await log.finish(db, importId, 'failed', { total, inserted: 0, updated: 0, unchanged: 0, errorCount: errors.count }, clock.now()).catch(() => undefined);
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
  async function firstLoad(importer: Importer, spec: KindSpec, importId: string, fileName: string, phase: (name: string) => void, read: (bulk: BulkConnection) => Promise<number>) {
    const bulk = await openBulk(database);
    try {
      return await inTransaction(bulk.db, async (trx) => {
        await stage.lockTarget(trx, spec);
        if (!(await stage.targetEmpty(trx, spec))) return null;
        // Emptied in this transaction, so COPY may write the rows frozen.
        await stage.truncateTarget(trx, spec);
        const inserted = await withoutIndexes(trx, spec.table, () => stage.withLoadDefaults(trx, spec, importId, clock.now(), () => read(bulk)));
        // The planner's statistics first: without them the facts' scan is planned for an empty table.
        await stage.analyze(trx, spec);
        phase('merge');
        await settings.lockValues(trx);
        const fromYear = await compute.addFacts(bulk, trx, recordKindOf(spec), { table: true });
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
      return await inTransaction(bulk.db, async (trx) => {
        await settings.lockValues(trx);
        const at = clock.now();
        let counts: { inserted: number; updated: number; unchanged: number };
        let fromYear: number | null = null;
        if (opts.fast && (await stage.targetEmpty(trx, spec))) {
          // A first load: copy into the table without its keys and indexes, rebuild them once
          // (a repeated record number fails the rebuild, and the caller takes the slow path).
          const inserted = await withoutIndexes(trx, spec.table, () => stage.insertAll(trx, spec, importId, at));
          phase('merge');
          counts = { inserted, updated: 0, unchanged: 0 };
          fromYear = spec.records ? await compute.addFacts(bulk, trx, recordKindOf(spec), { table: true }) : await stage.minYear(trx, spec, importId);
          phase('facts');
        } else {
          counts = await stage.counts(trx, spec, importId, opts.duplicates);
          phase('counts');
          if (spec.records) fromYear = await compute.addFacts(bulk, trx, recordKindOf(spec), { delta: stage.deltaSource(spec, importId, opts.duplicates) });
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
      const { rows, total } = await log.list(db, q, seesAllImports(actor) ? null : actor.userId);
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
