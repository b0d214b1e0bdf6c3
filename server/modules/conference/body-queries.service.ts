import type { Conference, Liaison, LiaisonListQuery, Member, MemberListQuery } from '../../../common/conference';
import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { LIAISON_COLUMNS, MEMBER_COLUMNS, MEMBER_IMPORT_COLUMNS } from './conference.workbook';
import type { BodyDeps, BodySupport } from './body-support.service';

/** Reads of the joint conference: the lists, records and exports. */
export function createBodyQueries(deps: BodyDeps, support: BodySupport) {
  const { db, repo } = deps;
  const { today, mapConference, mapMember, mapLiaison, conferenceOf } = support;

  const memberListParams = (q: MemberListQuery) => ({
    filter: { q: q.q, position: q.position, current: q.current === undefined ? undefined : q.current === 'true' },
    page: { ...pageWindow(q.page, q.pageSize), order: q.order, sort: q.sort ?? 'sortOrder' },
  });

  return {
    mapConference,

    /** The caller's conference (or that of a region in their scope), with counts. */
    async get(actor: Actor, regionCode?: string): Promise<Conference> {
      return mapConference(await conferenceOf(db, actor, regionCode));
    },

    async history(actor: Actor, regionCode?: string): Promise<AuditEvent[]> {
      return deps.history('conference', (await conferenceOf(db, actor, regionCode)).id);
    },

    async members(actor: Actor, q: MemberListQuery): Promise<Page<Member>> {
      const conf = await conferenceOf(db, actor, q.regionCode);
      const { filter, page } = memberListParams(q);
      const { rows, total } = await repo.listMembers(db, conf.id, filter, page, today());
      return { items: rows.map(mapMember), total, page: q.page, pageSize: q.pageSize };
    },

    async exportMembers(actor: Actor, q: MemberListQuery): Promise<Buffer> {
      const page = await this.members(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '成员单位', columns: MEMBER_COLUMNS, rows: page.items });
    },

    async memberTemplate(): Promise<Buffer> {
      return writeTemplate('成员单位', MEMBER_IMPORT_COLUMNS);
    },

    async liaisons(actor: Actor, q: LiaisonListQuery): Promise<Page<Liaison>> {
      const conf = await conferenceOf(db, actor, q.regionCode);
      const { rows, total } = await repo.listLiaisons(
        db,
        conf.id,
        { q: q.q, orgId: q.orgId, current: q.current === undefined ? undefined : q.current === 'true' },
        { ...pageWindow(q.page, q.pageSize), order: q.order, sort: q.sort ?? 'orgName' },
        today(),
      );
      return { items: rows.map(mapLiaison), total, page: q.page, pageSize: q.pageSize };
    },

    async exportLiaisons(actor: Actor, q: LiaisonListQuery): Promise<Buffer> {
      const page = await this.liaisons(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '联络员', columns: LIAISON_COLUMNS, rows: page.items });
    },

    /** Ids of the conference's current member units (for inviting them all at once). */
    async memberOrgIds(actor: Actor, regionCode?: string): Promise<string[]> {
      return repo.memberOrgIds(db, (await conferenceOf(db, actor, regionCode)).id);
    },
  };
}
export type BodyQueries = ReturnType<typeof createBodyQueries>;
