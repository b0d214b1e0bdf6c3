import type { Db } from '../../db/database';

/** A record with an open time limit, as the reminder run needs it: who acts, by when, and the units involved. */
export interface DueRow {
  kind: 'case' | 'transfer' | 'clue' | 'detention';
  id: string;
  label: string;
  due_on: string;
  next_actor: string;
  /** The handling agency, the transferring agency, the receiving unit or customs. */
  own_org_id: string;
  /** The party's unit, the police, the sending unit or the right holder. */
  other_org_id: string | null;
  officer_user_id: string | null;
}

/** Records whose stored earliest open limit falls on or before a day, for the reminder run. */
export const reminderRepository = {
  async dueBy(db: Db, day: string, limit: number): Promise<DueRow[]> {
    const [cases, transfers, clues, detentions] = await Promise.all([
      db
        .selectFrom('enforcement_case')
        .select(['id', 'case_no', 'due_on', 'next_actor', 'org_id', 'party_org_id', 'officer_user_id'])
        .where('due_on', '<=', day)
        .where('next_actor', '!=', 'none')
        .orderBy('due_on')
        .limit(limit)
        .execute(),
      db
        .selectFrom('enforcement_transfer as t')
        .innerJoin('enforcement_case as c', 'c.id', 't.case_id')
        .select(['t.id', 'c.case_no', 't.due_on', 't.next_actor', 't.from_org_id', 't.police_org_id'])
        .where('t.due_on', '<=', day)
        .where('t.next_actor', '!=', 'none')
        .orderBy('t.due_on')
        .limit(limit)
        .execute(),
      db.selectFrom('enforcement_clue').select(['id', 'title', 'due_on', 'next_actor', 'to_org_id', 'from_org_id']).where('due_on', '<=', day).where('next_actor', '!=', 'none').orderBy('due_on').limit(limit).execute(),
      db
        .selectFrom('enforcement_detention')
        .select(['id', 'goods', 'due_on', 'next_actor', 'customs_org_id', 'holder_org_id'])
        .where('due_on', '<=', day)
        .where('next_actor', '!=', 'none')
        .orderBy('due_on')
        .limit(limit)
        .execute(),
    ]);
    return [
      ...cases.map((r): DueRow => ({ kind: 'case', id: r.id, label: r.case_no, due_on: r.due_on!, next_actor: r.next_actor, own_org_id: r.org_id, other_org_id: r.party_org_id, officer_user_id: r.officer_user_id })),
      ...transfers.map((r): DueRow => ({ kind: 'transfer', id: r.id, label: r.case_no, due_on: r.due_on!, next_actor: r.next_actor, own_org_id: r.from_org_id, other_org_id: r.police_org_id, officer_user_id: null })),
      ...clues.map((r): DueRow => ({ kind: 'clue', id: r.id, label: r.title, due_on: r.due_on!, next_actor: r.next_actor, own_org_id: r.to_org_id, other_org_id: r.from_org_id, officer_user_id: null })),
      ...detentions.map((r): DueRow => ({ kind: 'detention', id: r.id, label: r.goods, due_on: r.due_on!, next_actor: r.next_actor, own_org_id: r.customs_org_id, other_org_id: r.holder_org_id, officer_user_id: null })),
    ];
  },
};
export type ReminderRepository = typeof reminderRepository;
