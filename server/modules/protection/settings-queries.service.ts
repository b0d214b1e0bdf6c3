import type { Org } from '../../../common/org';
import {
  DEADLINE_CODE_LIST,
  DEADLINE_CODES,
  type DeadlineCode,
  type DeadlineRule,
  DeadlineUnitLabels,
  type MediationOrg,
  type MediationOrgListQuery,
  MediationOrgTypeLabels,
} from '../../../common/protection-admin';
import type { Actor } from '../../platform/access';
import { writeSheet } from '../../platform/excel';
import { directoryViewer } from './protection.policy';
import { type SettingsServiceDeps, OFFICE_KINDS, createSettingsSupport } from './settings-support.service';

/** Reading protection settings: the organisation directory and the deadline rules, with their exports. */
export function createSettingsQueries(deps: SettingsServiceDeps) {
  const { db, repo, mediators, orgsOfKinds, orgs } = deps;
  const { mapRule } = createSettingsSupport(deps);

  const queries = {
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

    /** The organisations list as a workbook. */
    async exportOrgProfiles(actor: Actor, q: MediationOrgListQuery): Promise<Buffer> {
      const rows = await queries.orgProfiles(actor, q);
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

    async exportRules(): Promise<Buffer> {
      const rows = await queries.rules();
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
  return queries;
}
