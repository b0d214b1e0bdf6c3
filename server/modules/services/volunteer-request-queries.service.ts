import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import {
  type MatchSuggestion,
  RequestStatusLabels,
  UrgencyLabels,
  type VolunteerRequest,
  type VolunteerRequestListQuery,
  type VolunteerRequestSummary,
  type VolunteerLanguage,
  type VolunteerSkill,
  VolunteerSkillLabels,
} from '../../../common/services-volunteer';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { forbidden } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import { MATCH_WEIGHTS, rankCandidates } from './domain/volunteer-match';
import { canManageVolunteers, volunteerScope } from './services.policy';
import type { VolunteerRequestDeps, VolunteerRequestSupport } from './volunteer-request-support.service';
import { cityOf } from './volunteer.service';

/** How many volunteers the suggestion shows, and how many the database pre-ranks for it. */
const SUGGESTIONS = 10;
const PRE_RANKED = 50;

/** The reads of the request service: lists, the request page, the ranked suggestion. */
export function createVolunteerRequestQueries(deps: VolunteerRequestDeps, s: VolunteerRequestSupport) {
  const { db, repo, volunteers } = deps;
  return {
    /** The requests the caller may see: the office its city's, an enterprise its own, a volunteer those offered to them. */
    async list(actor: Actor, q: VolunteerRequestListQuery): Promise<Page<VolunteerRequestSummary>> {
      const { rows, total } = await repo.list(db, q, volunteerScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.order });
      return { items: rows.map(s.summary), total, page: q.page, pageSize: q.pageSize };
    },

    /** The filtered list as an Excel workbook. */
    async exportXlsx(actor: Actor, q: VolunteerRequestListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({
        name: '知助求助',
        rows: page.items,
        columns: [
          { header: '编号', width: 14, value: (r) => r.number },
          { header: '企业', width: 32, value: (r) => r.enterpriseName },
          { header: '求助事项', width: 36, value: (r) => r.title },
          { header: '所需专长', width: 16, value: (r) => VolunteerSkillLabels[r.skill].zh },
          { header: '紧急程度', width: 10, value: (r) => UrgencyLabels[r.urgency].zh },
          { header: '所在区', width: 20, value: (r) => r.regionName },
          { header: '状态', width: 14, value: (r) => RequestStatusLabels[r.status].zh },
          { header: '推荐期限', width: 12, value: (r) => r.dueOn },
          { header: '评分', width: 8, value: (r) => r.rating ?? '' },
          { header: '提出时间', width: 20, value: (r) => r.createdAt },
        ],
      });
    },

    async get(actor: Actor, id: string): Promise<VolunteerRequest> {
      return s.detail(actor, await s.visible(actor, id));
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await s.visible(actor, id);
      return deps.history('servicesVolunteerRequest', id);
    },

    /** The volunteers best suited to a request, ranked by skill, district, language and load, with the reasons. */
    async suggest(actor: Actor, id: string): Promise<{ items: MatchSuggestion[]; candidates: number }> {
      const r = await s.visible(actor, id);
      if (!canManageVolunteers(actor, r.region_code)) throw forbidden('只有本市知识产权局可以为求助推荐志愿者');
      const city = cityOf(r.region_code);
      const req = { skill: r.skill as VolunteerSkill, language: r.language as VolunteerLanguage | null, districtCode: r.region_code, cityCode: city };
      const { rows, total } = await volunteers.candidates(db, regionPrefix(city), req, MATCH_WEIGHTS, PRE_RANKED);
      const offered = new Set((await repo.offers(db, r.id)).map((o) => o.volunteer_id));
      const ranked = rankCandidates(req, rows.map((c) => ({ ...c, activeCount: Number(c.active_count), maxActive: c.max_active })), SUGGESTIONS);
      return {
        candidates: total,
        items: ranked.map(({ candidate: c, score, reasons }) => ({ volunteerId: c.id, name: c.name, kind: c.kind as MatchSuggestion['kind'], affiliation: c.affiliation, activeCount: c.activeCount, maxActive: c.maxActive, score, reasons, alreadyOffered: offered.has(c.id) })),
      };
    },
  };
}
