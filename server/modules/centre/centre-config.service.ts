import type { Agency, AgencyCreate, Condition, ConditionUpdate, Config, Field, PatentKind, Rule, RuleUpdate, Window, WindowCreate } from '../../../common/centre';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { conflict, fieldError, forbidden, isUniqueViolation, notFound } from '../../platform/errors';
import type { OrgServices } from '../org/org.contract';
import { configuresCentre, keepsAgencies } from './centre.policy';
import type { CentreConfigRepository, WindowRow } from './centre-config.repository';

export interface CentreConfigDeps {
  db: Db;
  repo: CentreConfigRepository;
  org: OrgServices;
  audit: AuditWriter;
}

/** The centre's configuration: windows with their fields, filing conditions, time limits and quotas per kind, agencies, IPC classes. */
export function createCentreConfigService(deps: CentreConfigDeps) {
  const { db, repo, org, audit } = deps;

  const mapWindow = (w: WindowRow): Window => ({
    id: w.id,
    orgId: w.org_id,
    orgName: w.org_name,
    parentId: w.parent_id,
    regionCode: w.region_code,
    regionName: org.regions.fullName(w.region_code),
    name: w.name,
    fieldCodes: w.field_codes,
    filingValidityMonths: w.filing_validity_months,
    validitySource: w.validity_source,
  });
  const fields = async (): Promise<Field[]> => (await repo.fields(db)).map((f) => ({ code: f.code, name: f.name, ipcPrefixes: f.ipc_prefixes }));
  const conditions = async (): Promise<Condition[]> => (await repo.conditions(db)).map((c) => ({ id: c.id, code: c.code as Condition['code'], name: c.name, threshold: c.threshold, source: c.source, citation: c.citation, active: c.active }));
  const rules = async (): Promise<Rule[]> =>
    (await repo.rules(db)).map((r) => ({ kind: r.kind as PatentKind, workingDays: r.working_days, timeLimitSource: r.time_limit_source, yearlyQuota: r.yearly_quota, quotaSource: r.quota_source }));
  const mapAgency = (a: Awaited<ReturnType<CentreConfigRepository['agencies']>>[number]): Agency => ({ id: a.id, name: a.name, creditCode: a.credit_code, regionCode: a.region_code, regionName: org.regions.fullName(a.region_code), active: a.active });

  return {
    fields,
    conditions,
    rules,
    /** The raw window rows, for the policy. */
    windowRows: () => repo.windows(db),
    windows: async (): Promise<Window[]> => (await repo.windows(db)).map(mapWindow),

    async config(): Promise<Config> {
      const [f, c, r, w, ipc] = await Promise.all([fields(), conditions(), rules(), repo.windows(db), repo.ipcClasses(db, null)]);
      return { fields: f, conditions: c, rules: r, windows: w.map(mapWindow), ipcClassCount: ipc.length };
    },

    async ipcClasses(q: string | undefined) {
      return (await repo.ipcClasses(db, q?.toUpperCase() ?? null)).map((c) => ({ code: c.code, section: c.section, sectionTitle: c.section_title }));
    },
    ipcClassExists: (code: string) => repo.ipcClassExists(db, code),

    /** Opens a centre or sub-window run by an organisation. */
    async createWindow(actor: Actor, input: WindowCreate): Promise<Window> {
      if (!configuresCentre(actor, input.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
      const known = new Set((await fields()).map((f) => f.code));
      const unknown = input.fieldCodes.find((c) => !known.has(c));
      if (unknown) throw fieldError('fieldCodes', `产业领域「${unknown}」不存在`);
      const [o] = await org.orgs.lookup(null, [input.orgId]);
      if (!o) throw fieldError('orgId', '单位不存在');
      if (input.parentId && !(await repo.windows(db)).some((w) => w.id === input.parentId)) throw fieldError('parentId', '上级窗口不存在');
      return inTransaction(db, async (trx) => {
        const id = await repo.insertWindow(trx, { org_id: o.id, parent_id: input.parentId, region_code: input.regionCode, name: input.name, field_codes: input.fieldCodes, filing_validity_months: input.filingValidityMonths, validity_source: input.validitySource });
        const after = mapWindow((await repo.windows(trx)).find((w) => w.id === id)!);
        await audit.record(trx, actor, { action: 'create', entityType: 'centreWindow', entityId: id, after });
        return after;
      }).catch((err: unknown) => {
        if (isUniqueViolation(err)) throw conflict('该单位已设有窗口', 'orgId');
        throw err;
      });
    },

    async updateCondition(actor: Actor, id: string, input: ConditionUpdate): Promise<Condition> {
      if (!configuresCentre(actor, actor.regionCode)) throw forbidden();
      const before = (await conditions()).find((c) => c.id === id);
      if (!before) throw notFound('备案条件');
      if (before.code !== 'approvedField' && input.threshold === null) throw fieldError('threshold', '请填写数量要求');
      return inTransaction(db, async (trx) => {
        await repo.updateCondition(trx, id, input);
        const after = { ...before, ...input };
        await audit.record(trx, actor, { action: 'update', entityType: 'centreCondition', entityId: id, before, after });
        return after;
      });
    },

    async updateRule(actor: Actor, kind: PatentKind, input: RuleUpdate): Promise<Rule> {
      if (!configuresCentre(actor, actor.regionCode)) throw forbidden();
      const before = (await rules()).find((r) => r.kind === kind)!;
      return inTransaction(db, async (trx) => {
        await repo.updateRule(trx, kind, { working_days: input.workingDays, time_limit_source: input.timeLimitSource, yearly_quota: input.yearlyQuota, quota_source: input.quotaSource });
        const after = { kind, ...input };
        await audit.record(trx, actor, { action: 'update', entityType: 'centreRule', entityId: kind, before, after });
        return after;
      });
    },

    agencies: async (): Promise<Agency[]> => (await repo.agencies(db)).map(mapAgency),
    activeAgency: async (id: string) => (await repo.agencies(db)).find((a) => a.id === id && a.active),

    async createAgency(actor: Actor, input: AgencyCreate): Promise<Agency> {
      if (!keepsAgencies(actor)) throw forbidden();
      return inTransaction(db, async (trx) => {
        const id = await repo.insertAgency(trx, { name: input.name, credit_code: input.creditCode, region_code: input.regionCode });
        const after = mapAgency((await repo.agencies(trx)).find((a) => a.id === id)!);
        await audit.record(trx, actor, { action: 'create', entityType: 'centreAgency', entityId: id, after });
        return after;
      }).catch((err: unknown) => {
        if (isUniqueViolation(err)) throw conflict('该代理机构已在名单中', 'name');
        throw err;
      });
    },
  };
}
export type CentreConfigService = ReturnType<typeof createCentreConfigService>;
