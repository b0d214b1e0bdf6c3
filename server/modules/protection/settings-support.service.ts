import type { Org } from '../../../common/org';
import { DEADLINE_CODES, type DeadlineCode, type DeadlineRule } from '../../../common/protection-admin';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { forbidden } from '../../platform/errors';
import { canSetRulesFor, ownRegionPrefix } from './protection.policy';
import type { MediatorRepository } from './mediator.repository';
import type { DeadlineRuleRow, SettingsRepository } from './settings.repository';

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

/** The organisation kinds that decide adjudications. */
export const OFFICE_KINDS: Org['kind'][] = ['ipOffice', 'districtOffice'];

/** Labels and checks the settings queries and commands share. */
export function createSettingsSupport(deps: SettingsServiceDeps) {
  const { regionName } = deps;

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

  return { prefixName, mapRule, checkRulePrefix };
}
