import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import { TERMINAL_STATUSES } from '../../../common/protection';
import type { Db } from '../../db/database';
import { containsPattern } from '../../db/query-helpers';
import type { ProtectionCaseEventTable, ProtectionCaseTable } from '../../db/tables/protection';
import type { CaseScope } from './protection.policy';

export type CaseValues = Insertable<ProtectionCaseTable>;
export type CasePatch = Updateable<ProtectionCaseTable>;

/** A case row with the names a page shows next to its ids. */
export type CaseRow = Selectable<ProtectionCaseTable> & {
  mediator_name: string | null;
  mediator_phone: string | null;
  mediator_user_id: string | null;
};

export interface CaseFilter {
  kind?: string | undefined;
  q?: string | undefined;
  statuses?: readonly string[] | undefined;
  sources?: readonly string[] | undefined;
  disputeTypes?: readonly string[] | undefined;
  orgId?: string | undefined;
  mediatorId?: string | undefined;
  courtId?: string | undefined;
  regionPrefix?: string | undefined;
  open?: boolean | undefined;
  overdueBefore?: string | undefined;
  dueBefore?: string | undefined;
  dueFrom?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}


export interface ListItemRow {
  id: string;
  kind: string;
  case_no: string;
  status: string;
  source: string;
  dispute_type: string;
  applicant_names: string;
  respondent_names: string;
  org_id: string;
  mediator_id: string | null;
  mediator_name: string | null;
  court_id: string | null;
  region_code: string;
  amount_fen: number;
  received_on: string;
  ended_on: string | null;
  outcome: string | null;
  next_actor: string;
  due_on: string | null;
  due_kind: string | null;
}

const SORT = { receivedOn: 'c.received_on', caseNo: 'c.case_no', dueOn: 'c.due_on', status: 'c.status', amountFen: 'c.amount_fen' } as const;
export type CaseSort = keyof typeof SORT;
/** The terminal statuses as an SQL list (they are fixed identifiers, never user input). */
export const TERMINAL_STATUS_SQL = `(${TERMINAL_STATUSES.map((s) => `'${s}'`).join(',')})`;

function scopeSql(scope: CaseScope) {
  if (scope.all) return sql<boolean>`true`;
  const parts = [];
  if (scope.regionPrefix !== undefined) parts.push(sql<boolean>`c.region_code like ${scope.regionPrefix + '%'}`);
  if (scope.orgId) parts.push(sql<boolean>`c.org_id = ${scope.orgId}`);
  if (scope.mediatorIds?.length) parts.push(sql<boolean>`c.mediator_id in (${sql.join(scope.mediatorIds)})`);
  if (scope.courtOrgId) parts.push(sql<boolean>`(c.court_id = ${scope.courtOrgId} or c.confirm_court_id = ${scope.courtOrgId})`);
  if (scope.partyOrgId) parts.push(sql<boolean>`c.party_org_ids @> array[${scope.partyOrgId}]::uuid[]`);
  if (parts.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(parts, sql` or `)})`;
}

function filtered(db: Db, f: CaseFilter, scope: CaseScope) {
  let q = db.selectFrom('protection_case as c').where(scopeSql(scope));
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.q) {
    const like = containsPattern(f.q);
    q = q.where('c.search_text', 'ilike', like);
  }
  if (f.statuses?.length) q = q.where('c.status', 'in', f.statuses);
  if (f.sources?.length) q = q.where('c.source', 'in', f.sources);
  if (f.disputeTypes?.length) q = q.where('c.dispute_type', 'in', f.disputeTypes);
  if (f.orgId) q = q.where('c.org_id', '=', f.orgId);
  if (f.mediatorId) q = q.where('c.mediator_id', '=', f.mediatorId);
  if (f.courtId) q = q.where((eb) => eb.or([eb('c.court_id', '=', f.courtId!), eb('c.confirm_court_id', '=', f.courtId!)]));
  if (f.regionPrefix) q = q.where('c.region_code', 'like', `${f.regionPrefix}%`);
  if (f.open === true) q = q.where(sql<boolean>`c.status not in ${sql.raw(TERMINAL_STATUS_SQL)}`);
  if (f.open === false) q = q.where(sql<boolean>`c.status in ${sql.raw(TERMINAL_STATUS_SQL)}`);
  if (f.overdueBefore) q = q.where('c.due_on', '<', f.overdueBefore);
  if (f.dueBefore) q = q.where('c.due_on', '<=', f.dueBefore);
  if (f.dueFrom) q = q.where('c.due_on', '>=', f.dueFrom);
  if (f.from) q = q.where('c.received_on', '>=', f.from);
  if (f.to) q = q.where('c.received_on', '<=', f.to);
  return q;
}

// Organisation names come from the org module's service, not from a join on its table.
const DETAIL_COLUMNS = sql.raw(`c.*, m.name as mediator_name, m.phone as mediator_phone, m.user_id as mediator_user_id`);

export const caseRepository = {
  /** Hands out the next number of an organisation's cases of a kind in a year; the row lock serialises concurrent intakes. */
  async nextSeq(trx: Db, orgId: string, year: number, kind: string): Promise<number> {
    const r = await trx
      .insertInto('protection_case_counter')
      .values({ org_id: orgId, year, kind, last_seq: 1 })
      .onConflict((oc) => oc.columns(['org_id', 'year', 'kind']).doUpdateSet({ last_seq: sql`protection_case_counter.last_seq + 1` }))
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    return r.last_seq;
  },

  async insert(trx: Db, values: CaseValues): Promise<string> {
    const r = await trx.insertInto('protection_case').values(values).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },

  /** One case with names; `lock` takes a row lock so two actions on a case cannot interleave. */
  async find(db: Db, id: string, lock = false): Promise<CaseRow | undefined> {
    const r = await sql<CaseRow>`
      select ${DETAIL_COLUMNS}
      from protection_case c
      left join protection_mediator m on m.id = c.mediator_id
      where c.id = ${id}${lock ? sql` for update of c` : sql``}`.execute(db);
    return r.rows[0];
  },

  /** The organisations a case involves (read before a transaction to look their names up). */
  async orgIdsOf(db: Db, id: string): Promise<Pick<CaseRow, 'org_id' | 'court_id' | 'confirm_court_id' | 'referring_org_id'> | undefined> {
    return db.selectFrom('protection_case').select(['org_id', 'court_id', 'confirm_court_id', 'referring_org_id']).where('id', '=', id).executeTakeFirst();
  },

  async update(trx: Db, id: string, patch: CasePatch, at: Date): Promise<void> {
    await trx.updateTable('protection_case').set({ ...patch, updated_at: at }).where('id', '=', id).execute();
  },

  /** A page of cases in scope; the count comes separately so the page query can stop at its limit. */
  async list(db: Db, f: CaseFilter, scope: CaseScope, page: { limit: number; offset: number; sort: CaseSort; order: 'asc' | 'desc' }): Promise<{ rows: ListItemRow[]; total: number }> {
    const nulls = page.sort === 'dueOn' ? sql.raw(page.order === 'asc' ? ' nulls last' : ' nulls first') : sql.raw('');
    const [rows, count] = await Promise.all([
      filtered(db, f, scope)
        .leftJoin('protection_mediator as m', 'm.id', 'c.mediator_id')
        .select([
          'c.id',
          'c.kind',
          'c.case_no',
          'c.status',
          'c.source',
          'c.dispute_type',
          'c.applicant_names',
          'c.respondent_names',
          'c.org_id',
          'c.mediator_id',
          'm.name as mediator_name',
          'c.court_id',
          'c.region_code',
          'c.amount_fen',
          'c.received_on',
          'c.ended_on',
          'c.outcome',
          'c.next_actor',
          'c.due_on',
          'c.due_kind',
        ])
        .orderBy(sql`${sql.ref(SORT[page.sort])} ${sql.raw(page.order)}${nulls}`)
        .orderBy('c.id', page.order)
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      filtered(db, f, scope)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: count.n };
  },

  /** Open cases whose current deadline is on or before `day` (reminders and the overdue list). */
  async dueBy(db: Db, day: string, limit: number): Promise<CaseRow[]> {
    const r = await sql<CaseRow>`
      select ${DETAIL_COLUMNS}
      from protection_case c
      left join protection_mediator m on m.id = c.mediator_id
      where c.due_on is not null and c.due_on <= ${day} and c.status not in ${sql.raw(TERMINAL_STATUS_SQL)}
      order by c.due_on, c.id
      limit ${limit}`.execute(db);
    return r.rows;
  },

  /** Ids of cases waiting for a mediator's acceptance since on or before `assignedBefore`. */
  async awaitingAcceptance(db: Db, assignedBefore: string): Promise<{ id: string; region_code: string; assigned_on: string }[]> {
    return db
      .selectFrom('protection_case')
      .select(['id', 'region_code', 'assigned_on'])
      .where('status', '=', 'assigned')
      .where('assigned_on', '<=', assignedBefore)
      .$narrowType<{ assigned_on: string }>()
      .execute();
  },

  async insertEvent(trx: Db, e: Insertable<ProtectionCaseEventTable>): Promise<number> {
    const r = await trx.insertInto('protection_case_event').values(e).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },

  async events(db: Db, caseId: string) {
    return db
      .selectFrom('protection_case_event')
      .select(['id', 'at', 'on_date', 'actor_name', 'action', 'from_status', 'to_status', 'detail'])
      .where('case_id', '=', caseId)
      .orderBy('id', 'desc')
      .execute();
  },

  /** The last case number an organisation has handed out for a kind in a year. */
  async caseNumbersTaken(db: Db, orgId: string, year: number, kind: string): Promise<number> {
    const r = await db.selectFrom('protection_case_counter').select('last_seq').where('org_id', '=', orgId).where('year', '=', year).where('kind', '=', kind).executeTakeFirst();
    return r?.last_seq ?? 0;
  },
};
export type CaseRepository = typeof caseRepository;
