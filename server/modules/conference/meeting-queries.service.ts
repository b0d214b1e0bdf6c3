import type { AgendaItem, Meeting, MeetingListQuery, MeetingSummary } from '../../../common/conference';
import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { writeSheet } from '../../platform/excel';
import { MEETING_COLUMNS } from './conference.workbook';
import { conferenceScope } from './conference.policy';
import type { MeetingDeps, MeetingSupport } from './meeting-support.service';

/** Reads of meetings: the lists, records and exports. */
export function createMeetingQueries(deps: MeetingDeps, support: MeetingSupport) {
  const { db, repo, access, clock } = deps;
  const { summary, detail, agendaTree } = support;
  return {
    summary,

    detailOf: detail,

    async list(actor: Actor, q: MeetingListQuery): Promise<Page<MeetingSummary>> {
      const { rows, total } = await repo.list(
        db,
        {
          q: q.q,
          kinds: q.kind,
          mode: q.mode,
          status: q.status,
          regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined,
          from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined,
          to: q.to ? new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined,
          toRegister: q.toRegister === 'true' ? { orgId: actor.orgId, userId: actor.userId, now: clock.now() } : undefined,
        },
        conferenceScope(actor),
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'startsAt', order: q.sort ? q.order : 'desc' },
      );
      return { items: rows.map(summary), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: MeetingListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '会议', columns: MEETING_COLUMNS, rows: page.items });
    },

    async get(actor: Actor, id: string): Promise<Meeting> {
      return detail(db, actor, await access.visible(db, actor, id));
    },

    /** Scheduled meetings the caller may see that start within the next `days` days. */
    async upcoming(actor: Actor, days: number): Promise<MeetingSummary[]> {
      const now = clock.now();
      const rows = await repo.between(db, now, new Date(now.getTime() + days * 86_400_000), conferenceScope(actor), 50);
      return rows.map(summary);
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await access.visible(db, actor, id);
      return deps.history('meeting', id);
    },

    async agenda(actor: Actor, id: string): Promise<AgendaItem[]> {
      await access.visible(db, actor, id);
      return agendaTree(await repo.agenda(db, id));
    },
  };
}
export type MeetingQueries = ReturnType<typeof createMeetingQueries>;
