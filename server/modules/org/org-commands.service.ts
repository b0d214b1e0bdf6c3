import type { Job, ImportRowError } from '../../../common/jobs';
import type { Org, OrgCreate, OrgUpdate } from '../../../common/org';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { mayPlaceOrgIn, orgScope } from './org.policy';
import { AppError, conflict, fieldError, isUniqueViolation } from '../../platform/errors';
import { startImport, type ValidRow } from '../../platform/import';
import { ORG_IMPORT_COLUMNS, type OrgImportRow, OrgImportRowSchema } from './org.workbook';
import type { OrgValues } from './org.repository';
import { inTransaction } from '../../db/unit-of-work';
import type { OrgServiceDeps, OrgSupport } from './org-support.service';

/** Writes of organisations: each change in one transaction with its audit event. */
export function createOrgCommands(deps: OrgServiceDeps, support: OrgSupport) {
  const { db, repo, regions, audit, clock, jobs } = deps;
  const { mapOrg, visible, findVisible } = support;

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
export type OrgCommands = ReturnType<typeof createOrgCommands>;
