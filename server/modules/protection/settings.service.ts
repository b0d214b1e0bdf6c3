import type { Org } from '../../../common/org';
import {
  DEADLINE_CODE_LIST,
  DEADLINE_CODES,
  type DeadlineCode,
  type DeadlineRule,
  type DeadlineRuleUpsert,
  DeadlineUnitLabels,
  type MediationOrg,
  type MediationOrgListQuery,
  MediationOrgTypeLabels,
  type OrgProfileUpsert,
} from '../../../common/protection-admin';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, isUniqueViolation, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import { canSetRulesFor, directoryViewer, ownRegionPrefix } from './protection.policy';
import type { MediatorRepository } from './mediator.repository';
import type { DeadlineRuleRow, SettingsRepository } from './settings.repository';
import { inTransaction } from '../../db/unit-of-work';

export interface SettingsServiceDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  repo: SettingsRepository;
  mediators: MediatorRepository;
  /** Organisations of these kinds the actor may see, optionally matching a name. */
  orgsOfKinds: (actor: Actor, kinds: Org['kind'][], q?: string) => Promise<Org[]>;
  orgs: (actor: Actor | null, ids: readonly string[]) => Promise<Org[]>;
  regionName: (code: string) => string;
}

const OFFICE_KINDS: Org['kind'][] = ['ipOffice', 'districtOffice'];


/** Mediation organisations' (and deciding offices') profiles, and the deadline rules with their regional overrides. */
export function createSettingsService(deps: SettingsServiceDeps) {
  const { db, clock, audit, repo, mediators, orgsOfKinds, orgs, regionName } = deps;

  function prefixName(prefix: string): string {
    if (!prefix) return '全国';
    return regionName(prefix.padEnd(6, '0')) || prefix;
  }

  function mapRule(r: DeadlineRuleRow): DeadlineRule {
    return {
      id: r.id,
      code: r.code as DeadlineCode,
      regionPrefix: r.region_prefix,
      regionName: prefixName(r.region_prefix),
      length: r.length,
      unit: r.unit as DeadlineRule['unit'],
      extensionLength: r.extension_length,
      starts: DEADLINE_CODES[r.code as DeadlineCode]?.starts ?? '',
      pauses: r.pauses,
      citation: r.citation,
      updatedAt: new Date(r.updated_at).toISOString(),
    };
  }

  /** Office staff may set rules for their own region; the national defaults are the platform admin's. */
  function checkRulePrefix(actor: Actor, prefix: string): void {
    if (!canSetRulesFor(actor, prefix)) throw forbidden(`只能为本辖区（${prefixName(ownRegionPrefix(actor))}）设置地方期限规则`);
  }

  return {
    /**
     * Mediation organisations, deciding offices or courts with their profiles. Office staff see their
     * data scope; everyone else (parties choosing where to apply) the public list of their city.
     */
    async orgProfiles(actor: Actor, q: MediationOrgListQuery): Promise<MediationOrg[]> {
      const viewer = directoryViewer(actor);
      const kinds: Org['kind'][] = q.kind === 'office' ? OFFICE_KINDS : q.kind === 'court' ? ['court'] : ['mediationOrg'];
      const list = await orgsOfKinds(viewer, kinds, q.q);
      const ids = list.map((o) => o.id);
      const [profiles, counts, staff] = await Promise.all([repo.profiles(db, ids), repo.caseCountsByOrg(db, ids), mediators.countByOrg(db, ids)]);
      const byOrg = new Map(profiles.map((p) => [p.org_id, p]));
      const courts = new Map((await orgs(null, profiles.flatMap((p) => (p.inviting_court_id ? [p.inviting_court_id] : [])))).map((o) => [o.id, o.name]));
      return list.map((o) => {
        const p = byOrg.get(o.id);
        const n = counts.get(o.id);
        return {
          orgId: o.id,
          name: o.name,
          kind: o.kind,
          regionCode: o.regionCode,
          regionName: o.regionName,
          profiled: !!p,
          caseCode: p?.case_code ?? null,
          mediationType: (p?.mediation_type ?? null) as MediationOrg['mediationType'],
          courtInvited: p?.court_invited ?? false,
          invitingCourt: p?.inviting_court_id ? { id: p.inviting_court_id, name: courts.get(p.inviting_court_id) ?? '' } : null,
          disputeScope: (p?.dispute_scope ?? []) as MediationOrg['disputeScope'],
          chargesFee: p?.charges_fee ?? false,
          mediators: staff.get(o.id) ?? 0,
          openCases: n?.open ?? 0,
          cases: n?.cases ?? 0,
          successRate: n?.concluded ? n.succeeded / n.concluded : null,
        };
      });
    },

    async upsertProfile(actor: Actor, orgId: string, input: OrgProfileUpsert): Promise<MediationOrg> {
      const [org] = await orgs(actor, [orgId]);
      if (!org || (org.kind !== 'mediationOrg' && !OFFICE_KINDS.includes(org.kind))) throw notFound('调解组织');
      if (input.invitingCourtId) {
        const [court] = await orgs(null, [input.invitingCourtId]);
        if (court?.kind !== 'court') throw fieldError('invitingCourtId', '请选择法院');
      }
      const mediation = org.kind === 'mediationOrg';
      if (mediation && !input.mediationType) throw fieldError('mediationType', '请选择调解组织类型');
      await inTransaction(db, async (trx) => {
          const before = await repo.profile(trx, orgId);
          const now = clock.now();
          await repo.upsertProfile(trx, {
            org_id: orgId,
            case_code: input.caseCode,
            mediation_type: mediation ? (input.mediationType ?? null) : null,
            court_invited: mediation && input.courtInvited,
            inviting_court_id: mediation && input.courtInvited ? (input.invitingCourtId ?? null) : null,
            dispute_scope: input.disputeScope,
            charges_fee: mediation && input.chargesFee,
            updated_at: now,
          });
          await audit.record(trx, actor, { action: before ? 'update' : 'create', entityType: 'protectionOrgProfile', entityId: orgId, before: before ? { caseCode: before.case_code } : undefined, after: { name: org.name, ...input } });
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw conflict('案号代字已被其他机构使用', 'caseCode');
          throw err;
        });
      const list = await this.orgProfiles(actor, { kind: mediation ? 'mediationOrg' : 'office' });
      return list.find((o) => o.orgId === orgId)!;
    },

    /** The organisations list as a workbook. */
    async exportOrgProfiles(actor: Actor, q: MediationOrgListQuery): Promise<Buffer> {
      const rows = await this.orgProfiles(actor, q);
      return writeSheet({
        name: q.kind === 'office' ? '行政裁决机关' : q.kind === 'court' ? '法院' : '调解组织',
        columns: [
          { header: '名称', width: 40, value: (o: MediationOrg) => o.name },
          { header: '行政区划', width: 24, value: (o: MediationOrg) => o.regionName },
          { header: '案号代字', width: 12, value: (o: MediationOrg) => o.caseCode },
          { header: '组织类型', width: 18, value: (o: MediationOrg) => (o.mediationType ? MediationOrgTypeLabels[o.mediationType].zh : null) },
          { header: '法院特邀', width: 10, value: (o: MediationOrg) => (o.courtInvited ? '是' : '否') },
          { header: '邀请法院', width: 24, value: (o: MediationOrg) => o.invitingCourt?.name },
          { header: '调解员', width: 8, value: (o: MediationOrg) => o.mediators },
          { header: '在办案件', width: 10, value: (o: MediationOrg) => o.openCases },
          { header: '累计案件', width: 10, value: (o: MediationOrg) => o.cases },
          { header: '调解成功率（%）', width: 14, value: (o: MediationOrg) => (o.successRate === null ? null : Math.round(o.successRate * 1000) / 10) },
        ],
        rows,
      });
    },

    /** Every rule, in the order a case meets them, each national default before its regional overrides. */
    async rules(): Promise<DeadlineRule[]> {
      const order = (code: string) => DEADLINE_CODE_LIST.indexOf(code as DeadlineCode);
      return (await repo.rules(db)).map(mapRule).sort((a, b) => order(a.code) - order(b.code) || a.regionPrefix.localeCompare(b.regionPrefix));
    },

    /** Sets a rule (a regional override, or a national default for the platform admin). */
    async upsertRule(actor: Actor, input: DeadlineRuleUpsert): Promise<DeadlineRule> {
      checkRulePrefix(actor, input.regionPrefix);
      if (input.unit !== 'months' && input.code === 'adjDecide') throw fieldError('unit', '作出处理决定的期限按月计算');
      return inTransaction(db, async (trx) => {
        const before = await repo.findRule(trx, input.code, input.regionPrefix);
        const id = await repo.upsertRule(trx, {
          code: input.code,
          region_prefix: input.regionPrefix,
          length: input.length,
          unit: input.unit,
          extension_length: input.extensionLength ?? null,
          pauses: input.pauses,
          citation: input.citation,
          updated_at: clock.now(),
        });
        await audit.record(trx, actor, { action: before ? 'update' : 'create', entityType: 'protectionDeadlineRule', entityId: id, before: before ? mapRule(before) : undefined, after: { title: `${DEADLINE_CODES[input.code].label.zh}（${prefixName(input.regionPrefix)}）`, ...input } });
        return mapRule((await repo.rule(trx, id))!);
      });
    },

    /** Removes a regional override; the national defaults cannot be removed. */
    async removeRule(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const r = await repo.rule(trx, id);
        if (!r) throw notFound('期限规则');
        if (!r.region_prefix) throw fieldError('regionPrefix', '全国默认规则不能删除，只能修改');
        checkRulePrefix(actor, r.region_prefix);
        await repo.deleteRule(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'protectionDeadlineRule', entityId: id, before: mapRule(r) });
      });
    },

    async exportRules(): Promise<Buffer> {
      const rows = await this.rules();
      return writeSheet({
        name: '法定期限规则',
        columns: [
          { header: '期限', width: 28, value: (r: DeadlineRule) => DEADLINE_CODES[r.code].label.zh },
          { header: '适用地区', width: 16, value: (r: DeadlineRule) => r.regionName },
          { header: '起算', width: 20, value: (r: DeadlineRule) => r.starts },
          { header: '期限', width: 10, value: (r: DeadlineRule) => `${r.length}${DeadlineUnitLabels[r.unit].zh}` },
          { header: '可延长', width: 10, value: (r: DeadlineRule) => (r.extensionLength ? `${r.extensionLength}${DeadlineUnitLabels[r.unit].zh}` : null) },
          { header: '中止/不计入', width: 24, value: (r: DeadlineRule) => r.pauses },
          { header: '法律依据', width: 60, value: (r: DeadlineRule) => r.citation },
        ],
        rows,
      });
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
