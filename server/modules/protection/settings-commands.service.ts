import { DEADLINE_CODES, type DeadlineRule, type DeadlineRuleUpsert, type MediationOrg, type OrgProfileUpsert } from '../../../common/protection-admin';
import type { Actor } from '../../platform/access';
import { conflict, fieldError, isUniqueViolation, notFound } from '../../platform/errors';
import { inTransaction } from '../../db/unit-of-work';
import { createSettingsQueries } from './settings-queries.service';
import { type SettingsServiceDeps, OFFICE_KINDS, createSettingsSupport } from './settings-support.service';

/** Changing protection settings: organisation profiles and regional deadline rules. */
export function createSettingsCommands(deps: SettingsServiceDeps) {
  const { db, clock, audit, repo, orgs } = deps;
  const { prefixName, mapRule, checkRulePrefix } = createSettingsSupport(deps);
  const queries = createSettingsQueries(deps);

  const commands = {
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
      const list = await queries.orgProfiles(actor, { kind: mediation ? 'mediationOrg' : 'office' });
      return list.find((o) => o.orgId === orgId)!;
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
  };
  return commands;
}
