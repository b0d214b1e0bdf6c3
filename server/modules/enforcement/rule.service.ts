import { type EnforcementRule, type EnforcementRuleUpsert, LIMIT_CODES, LimitCodeLabels, type LimitCode, RuleUnitLabels } from '../../../common/enforcement';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/unit-of-work';
import type { AgencyService } from './agency.service';
import { setsRulesFor } from './enforcement.policy';
import type { RuleRepository, RuleRow } from './rule.repository';

/** What the rule service needs. */
export interface RuleDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  repo: RuleRepository;
  agency: AgencyService;
  regionName: (code: string) => string;
}

/** The time-limit rules as data: every limit of the module with its length, calendar and citation, and regional overrides. */
export function createRuleService(deps: RuleDeps) {
  const { db, clock, audit, repo, agency } = deps;
  const prefixName = (prefix: string) => (prefix ? deps.regionName(prefix.padEnd(6, '0')) || prefix : '全国');
  const order = (code: string) => LIMIT_CODES.indexOf(code as LimitCode);

  function map(r: RuleRow): EnforcementRule {
    return {
      id: r.id,
      code: r.code as LimitCode,
      regionPrefix: r.region_prefix,
      regionName: prefixName(r.region_prefix),
      length: r.length,
      unit: r.unit as EnforcementRule['unit'],
      extensionLength: r.extension_length,
      citation: r.citation,
      updatedAt: new Date(r.updated_at).toISOString(),
    };
  }

  async function checkPrefix(actor: Actor, prefix: string): Promise<void> {
    if (!setsRulesFor(actor, await agency.agentOf(actor), prefix)) throw forbidden(prefix ? '只能为本辖区设置地方期限规则' : '全国默认规则只能由平台管理员修改');
  }

  const service = {
    /** Every rule, in the order a case meets them, each national default before its regional overrides. */
    async list(): Promise<EnforcementRule[]> {
      return (await repo.all(db)).map(map).sort((a, b) => order(a.code) - order(b.code) || a.regionPrefix.localeCompare(b.regionPrefix));
    },

    async exportXlsx(): Promise<Buffer> {
      const unit = (r: EnforcementRule) => RuleUnitLabels[r.unit].zh;
      return writeSheet({
        name: '执法期限规则',
        columns: [
          { header: '期限', width: 30, value: (r: EnforcementRule) => LimitCodeLabels[r.code].zh },
          { header: '适用地区', width: 16, value: (r: EnforcementRule) => r.regionName },
          { header: '期限长度', width: 12, value: (r: EnforcementRule) => `${r.length}${unit(r)}` },
          { header: '可延长', width: 12, value: (r: EnforcementRule) => (r.extensionLength ? `${r.extensionLength}${unit(r)}` : null) },
          { header: '法律依据', width: 60, value: (r: EnforcementRule) => r.citation },
          { header: '更新时间', width: 20, value: (r: EnforcementRule) => r.updatedAt },
        ],
        rows: await service.list(),
      });
    },

    /** Sets a rule: a regional override (office: its own region), or a national default (administrator). */
    async upsert(actor: Actor, input: EnforcementRuleUpsert): Promise<EnforcementRule> {
      await checkPrefix(actor, input.regionPrefix);
      if (input.code === 'recordalValid' && input.unit !== 'months') throw fieldError('unit', '海关备案有效期按月计算（《中华人民共和国知识产权海关保护条例》第十条）');
      return inTransaction(db, async (trx) => {
        const before = await repo.find(trx, input.code, input.regionPrefix);
        const id = await repo.upsert(trx, {
          code: input.code,
          region_prefix: input.regionPrefix,
          length: input.length,
          unit: input.unit,
          extension_length: input.extensionLength ?? null,
          citation: input.citation,
          updated_at: clock.now(),
        });
        const title = `${LimitCodeLabels[input.code].zh}（${prefixName(input.regionPrefix)}）`;
        await audit.record(trx, actor, { action: before ? 'update' : 'create', entityType: 'enforcementRule', entityId: id, before: before ? { title, ...map(before) } : undefined, after: { title, ...input } });
        return map((await repo.get(trx, id))!);
      });
    },

    /** Removes a regional override; a national default can be changed but not removed. */
    async remove(actor: Actor, id: string): Promise<void> {
      const agent = await agency.agentOf(actor);
      await inTransaction(db, async (trx) => {
        const r = await repo.get(trx, id);
        if (!r || (agent !== 'admin' && !setsRulesFor(actor, agent, r.region_prefix))) throw notFound('期限规则');
        if (!r.region_prefix) throw fieldError('regionPrefix', '全国默认规则不能删除，只能修改');
        await repo.remove(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'enforcementRule', entityId: id, before: { title: `${LimitCodeLabels[r.code as LimitCode].zh}（${prefixName(r.region_prefix)}）`, ...map(r) } });
      });
    },
  };
  return service;
}
export type RuleService = ReturnType<typeof createRuleService>;
