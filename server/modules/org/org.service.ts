import type { AuditEvent } from '../../../common/audit';
import type { Job, ImportRowError } from '../../../common/jobs';
import type { Org, OrgCreate, OrgListQuery, OrgUpdate } from '../../../common/org';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { canSeeOrg, mayPlaceOrgIn, orgScope } from './org.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { AppError, conflict, fieldError, isUniqueViolation, notFound } from '../../platform/errors';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { startImport, type ValidRow } from '../../platform/import';
import type { TableVersions } from '../../platform/cache/table-version.repository';
import { createVersionedCache, deepFreeze } from '../../platform/cache/versioned-cache';
import type { JobService } from '../../platform/jobs/job.service';
import { ORG_EXPORT_COLUMNS, ORG_IMPORT_COLUMNS, type OrgImportRow, OrgImportRowSchema } from './org.workbook';
import type { OrgRepository, OrgRow, OrgValues } from './org.repository';
import type { RegionService } from './region.service';
import { inTransaction } from '../../db/unit-of-work';
import { orgNameIndex, type OrgNameIndex } from './domain/org-name-index';

const EXPORT_MAX = 50_000;
// Every picker and list page asks for organisations; a few hundred distinct pages cover them.
const LIST_CACHE_ENTRIES = 500;

export interface OrgServiceDeps {
  db: Db;
  history: (entityType: string, entityId: string) => Promise<AuditEvent[]>;
  repo: OrgRepository;
  regions: RegionService;
  audit: AuditWriter;
  clock: Clock;
  jobs: JobService;
  versions: TableVersions;
}

/** Organisations: the list, the record, and Excel in and out; every read and write stays inside the caller's data scope. */
export function createOrgService(deps: OrgServiceDeps) {
  const { db, repo, regions, audit, clock, jobs, history, versions } = deps;
  const listCache = createVersionedCache<Page<Org>>(LIST_CACHE_ENTRIES);

  function mapOrg(r: OrgRow): Org {
    return {
      id: r.id,
      name: r.name,
      shortName: r.short_name,
      kind: r.kind as Org['kind'],
      regionCode: r.region_code,
      regionName: regions.fullName(r.region_code),
      parentId: r.parent_id,
      parentName: r.parent_name,
      creditCode: r.credit_code,
      address: r.address,
      phone: r.phone,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  }

  function visible(actor: Actor, r: OrgRow | undefined): r is OrgRow {
    return !!r && canSeeOrg(actor, { id: r.id, regionCode: r.region_code });
  }

  async function findVisible(trx: Db, actor: Actor, id: string): Promise<OrgRow> {
    const row = await repo.find(trx, id);
    if (!visible(actor, row)) throw notFound('机构');
    return row;
  }

  function checkRegion(actor: Actor, code: string): void {
    if (!regions.exists(code)) throw fieldError('regionCode', `行政区划代码 ${code} 不存在`);
    if (!mayPlaceOrgIn(actor, code)) {
      throw fieldError('regionCode', `超出您的管辖范围（${regions.fullName(actor.regionCode)}）`);
    }
  }

  async function checkParent(trx: Db, actor: Actor, parentId: string, selfId?: string): Promise<void> {
    const parent = await repo.find(trx, parentId);
    if (!visible(actor, parent)) throw fieldError('parentId', '上级机构不存在');
    if (selfId && (await repo.ancestorIds(trx, parentId)).includes(selfId)) {
      throw fieldError('parentId', '上级机构不能是本机构或其下级机构');
    }
  }

  async function checkCreditCode(trx: Db, code: string, selfId?: string): Promise<void> {
    const holder = await repo.findByCreditCode(trx, code);
    if (holder && holder.id !== selfId) throw conflict(`统一社会信用代码已被「${holder.name}」使用`, 'creditCode');
  }

  function uniqueCreditCode(err: unknown): never {
    if (isUniqueViolation(err)) throw conflict('统一社会信用代码已被使用', 'creditCode');
    throw err;
  }

  return {
    mapOrg,

    /** Organisations the caller may see, by full name and short name (imports and pasted text name units this way). */
    async nameIndex(actor: Actor): Promise<OrgNameIndex> {
      return orgNameIndex((await this.list(actor, { page: 1, pageSize: 50_000, order: 'asc', sort: 'name', kind: undefined })).items);
    },

    /** A page of the list; answered from the cache while no organisation has been written since. */
    async list(actor: Actor, q: OrgListQuery): Promise<Page<Org>> {
      const version = await versions.current(db, 'org');
      const scope = orgScope(actor);
      const key = JSON.stringify([scope, q]);
      const cached = listCache.get(key, version);
      if (cached) return cached;
      const { rows, total } = await repo.list(
        db,
        { q: q.q, kinds: q.kind, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, parentId: q.parentId },
        scope,
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'name', order: q.order },
      );
      const page = deepFreeze({ items: rows.map(mapOrg), total, page: q.page, pageSize: q.pageSize });
      listCache.set(key, version, page);
      return page;
    },

    async get(actor: Actor, id: string): Promise<Org> {
      return mapOrg(await findVisible(db, actor, id));
    },

    /** The audit trail of an organisation the actor may see. */
    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await findVisible(db, actor, id);
      return history('org', id);
    },

    /** Organisations by id that the actor may see (other modules use it to show names). */
    async lookup(actor: Actor | null, ids: readonly string[]): Promise<Org[]> {
      const rows = await repo.findMany(db, [...new Set(ids)]);
      return rows.filter((r) => !actor || visible(actor, r)).map(mapOrg);
    },

    async create(actor: Actor, input: OrgCreate): Promise<Org> {
      checkRegion(actor, input.regionCode);
      return inTransaction(db, async (trx) => {
          if (input.parentId) await checkParent(trx, actor, input.parentId);
          if (input.creditCode) await checkCreditCode(trx, input.creditCode);
          const values: OrgValues = {
            name: input.name,
            short_name: input.shortName ?? null,
            kind: input.kind,
            region_code: input.regionCode,
            parent_id: input.parentId ?? null,
            credit_code: input.creditCode ?? null,
            address: input.address ?? null,
            phone: input.phone ?? null,
          };
          const id = await repo.insert(trx, values, clock.now());
          const org = mapOrg((await repo.find(trx, id))!);
          await audit.record(trx, actor, { action: 'create', entityType: 'org', entityId: id, after: org });
          return org;
        })
        .catch(uniqueCreditCode);
    },

    async update(actor: Actor, id: string, patch: OrgUpdate): Promise<Org> {
      if (patch.regionCode) checkRegion(actor, patch.regionCode);
      return inTransaction(db, async (trx) => {
          const before = mapOrg(await findVisible(trx, actor, id));
          if (patch.parentId) await checkParent(trx, actor, patch.parentId, id);
          if (patch.creditCode) await checkCreditCode(trx, patch.creditCode, id);
          const values: Partial<OrgValues> = {};
          if (patch.name !== undefined) values.name = patch.name;
          if (patch.shortName !== undefined) values.short_name = patch.shortName;
          if (patch.kind !== undefined) values.kind = patch.kind;
          if (patch.regionCode !== undefined) values.region_code = patch.regionCode;
          if (patch.parentId !== undefined) values.parent_id = patch.parentId;
          if (patch.creditCode !== undefined) values.credit_code = patch.creditCode;
          if (patch.address !== undefined) values.address = patch.address;
          if (patch.phone !== undefined) values.phone = patch.phone;
          await repo.update(trx, id, values, clock.now());
          const after = mapOrg((await repo.find(trx, id))!);
          await audit.record(trx, actor, { action: 'update', entityType: 'org', entityId: id, before, after });
          return after;
        })
        .catch(uniqueCreditCode);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const before = mapOrg(await findVisible(trx, actor, id));
        if (await repo.inUse(trx, id)) throw new AppError('CONFLICT', '该机构下仍有下级机构、人员或用户，不能删除');
        await repo.delete(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'org', entityId: id, before });
      });
    },

    /** The filtered list (every page) as an Excel workbook. */
    async exportXlsx(actor: Actor, q: OrgListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '机构', columns: ORG_EXPORT_COLUMNS, rows: page.items });
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('机构', ORG_IMPORT_COLUMNS);
    },

    /** Imports organisations from an .xlsx file in the background; all rows or none. */
    async importXlsx(actor: Actor, bytes: Buffer): Promise<Job> {
      return startImport(jobs, actor, bytes, {
        kind: 'org.import',
        columns: ORG_IMPORT_COLUMNS,
        rowSchema: OrgImportRowSchema,
        check: (rows, errors) => checkImport(actor, rows, errors),
        persist: (rows, progress) => persistImport(actor, rows, progress),
      });
    },
  };

  type ReadyRow = OrgValues & { parentName: string | null };

  async function checkImport(actor: Actor, rows: ValidRow<OrgImportRow>[], errors: ImportRowError[]): Promise<ValidRow<ReadyRow>[]> {
    const header = (key: string) => ORG_IMPORT_COLUMNS.find((c) => c.key === key)!.header;
    const scope = orgScope(actor);
    const codes = rows.flatMap((r) => (r.value.creditCode ? [r.value.creditCode] : []));
    const taken = new Map((await repo.findByCreditCodes(db, codes)).map((o) => [o.credit_code, o.name]));
    const parentNames = rows.flatMap((r) => (r.value.parentName ? [r.value.parentName] : []));
    const known = new Set((await repo.findByNames(db, parentNames, scope)).map((o) => o.name));
    const seenCodes = new Map<string, number>();
    const seenNames = new Set<string>();
    const ready: ValidRow<ReadyRow>[] = [];
    for (const { rowNumber, value } of rows) {
      const before = errors.length;
      let region = '';
      try {
        region = regions.resolve(value.regionCode, header('regionCode'));
        checkRegion(actor, region);
      } catch (err) {
        errors.push({ row: rowNumber, field: header('regionCode'), message: err instanceof AppError ? (err.fields?.[0]?.message ?? err.message) : '无效' });
      }
      if (value.creditCode) {
        const holder = taken.get(value.creditCode);
        if (holder) errors.push({ row: rowNumber, field: header('creditCode'), message: `已被「${holder}」使用` });
        const first = seenCodes.get(value.creditCode);
        if (first) errors.push({ row: rowNumber, field: header('creditCode'), message: `与第 ${first} 行重复` });
        seenCodes.set(value.creditCode, rowNumber);
      }
      if (value.parentName && !known.has(value.parentName) && !seenNames.has(value.parentName)) {
        errors.push({ row: rowNumber, field: header('parentName'), message: `找不到上级机构「${value.parentName}」` });
      }
      seenNames.add(value.name);
      if (errors.length > before) continue;
      ready.push({
        rowNumber,
        value: {
          name: value.name,
          short_name: value.shortName ?? null,
          kind: value.kind,
          region_code: region,
          parent_id: null,
          credit_code: value.creditCode ?? null,
          address: value.address ?? null,
          phone: value.phone ?? null,
          parentName: value.parentName ?? null,
        },
      });
    }
    return ready;
  }

  async function persistImport(actor: Actor, rows: ValidRow<ReadyRow>[], progress: (n: number) => void): Promise<void> {
    await inTransaction(db, async (trx) => {
      const scope = orgScope(actor);
      const parentNames = rows.flatMap((r) => (r.value.parentName ? [r.value.parentName] : []));
      const ids = new Map((await repo.findByNames(trx, parentNames, scope)).map((o) => [o.name, o.id]));
      const created: Org[] = [];
      const now = clock.now();
      for (const [i, { value }] of rows.entries()) {
        const { parentName, ...values } = value;
        values.parent_id = parentName ? (ids.get(parentName) ?? null) : null;
        const id = await repo.insert(trx, values, now);
        ids.set(values.name, id);
        created.push(mapOrg((await repo.find(trx, id))!));
        if (i % 100 === 0) progress(i);
      }
      await audit.recordMany(
        trx,
        actor,
        created.map((o) => ({ action: 'import', entityType: 'org', entityId: o.id, after: o })),
      );
      progress(rows.length);
    });
  }
}
export type OrgService = ReturnType<typeof createOrgService>;
