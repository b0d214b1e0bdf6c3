import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import type { AgreementPartyTable, AgreementTable, MeetingMinutesTable, MeetingResolutionTable } from '../../db/tables/conference';
import { containsPattern, totalOver } from '../../db/query-helpers';
import { pinyinSortKey } from '../../platform/text-sort';
import type { ConferenceScope } from './conference.policy';

export type MinutesRow = Pick<Selectable<MeetingMinutesTable>, 'meeting_id' | 'body' | 'status' | 'updated_at' | 'approved_by_name' | 'approved_at'>;

/** A resolution with its meeting and lead unit (joined). */
export type ResolutionRow = Pick<Selectable<MeetingResolutionTable>, 'id' | 'meeting_id' | 'seq' | 'text' | 'lead_org_id' | 'due_date' | 'task_id'> & {
  meeting_title: string;
  region_code: string;
  starts_at: Date;
  lead_org_name: string | null;
};

/** An agreement with its meeting's title and its file's name and size (joined). */
export type AgreementRow = Pick<Selectable<AgreementTable>, 'id' | 'meeting_id' | 'region_code' | 'title' | 'kind' | 'signed_on' | 'summary' | 'file_id' | 'created_at' | 'updated_at'> & {
  meeting_title: string | null;
  file_name: string | null;
  file_size: number | null;
};

export type PartyRow = Pick<Selectable<AgreementPartyTable>, 'agreement_id' | 'org_id' | 'name' | 'signer' | 'signer_title'>;

export type AgreementValues = Pick<Selectable<AgreementTable>, 'meeting_id' | 'region_code' | 'title' | 'kind' | 'signed_on' | 'summary'>;

const AGREEMENT_SORT = { signedOn: 'a.signed_on', title: 'a.title_pinyin', kind: 'a.kind', createdAt: 'a.created_at' } as const;

/** Agreements a caller may see: in their region, or signed by their unit. */
function agreementVisible(scope: ConferenceScope): RawBuilder<boolean> {
  if (scope.kind === 'all') return sql<boolean>`true`;
  const party = sql<boolean>`exists (select 1 from agreement_party p where p.agreement_id = a.id and p.org_id = ${scope.orgId})`;
  return scope.kind === 'region' ? sql<boolean>`(a.region_code like ${scope.prefix + '%'} or ${party})` : party;
}

function agreements(db: Db) {
  return db
    .selectFrom('agreement as a')
    .leftJoin('meeting as m', 'm.id', 'a.meeting_id')
    .leftJoin('file as f', 'f.id', 'a.file_id')
    .select(['a.id', 'a.meeting_id', 'm.title as meeting_title', 'a.region_code', 'a.title', 'a.kind', 'a.signed_on', 'a.summary', 'a.file_id', 'f.name as file_name', 'f.size as file_size', 'a.created_at', 'a.updated_at']);
}

function resolutions(db: Db) {
  return db
    .selectFrom('meeting_resolution as r')
    .innerJoin('meeting as m', 'm.id', 'r.meeting_id')
    .leftJoin('org as o', 'o.id', 'r.lead_org_id')
    .select(['r.id', 'r.meeting_id', 'm.title as meeting_title', 'm.region_code', 'm.starts_at', 'r.seq', 'r.text', 'r.lead_org_id', 'o.name as lead_org_name', 'r.due_date', 'r.task_id']);
}

export const recordRepository = {
  async minutes(db: Db, meetingId: string): Promise<MinutesRow | undefined> {
    return db.selectFrom('meeting_minutes').select(['meeting_id', 'body', 'status', 'updated_at', 'approved_by_name', 'approved_at']).where('meeting_id', '=', meetingId).executeTakeFirst();
  },
  async putMinutes(trx: Db, meetingId: string, body: string, by: string, at: Date): Promise<void> {
    await trx
      .insertInto('meeting_minutes')
      .values({ meeting_id: meetingId, body, status: 'draft', updated_at: at, updated_by: by })
      .onConflict((oc) => oc.column('meeting_id').doUpdateSet({ body, updated_at: at, updated_by: by }))
      .execute();
  },
  async setMinutesStatus(trx: Db, meetingId: string, status: string, by: { id: string; name: string } | null, at: Date): Promise<void> {
    await trx
      .updateTable('meeting_minutes')
      .set({ status, approved_at: by ? at : null, approved_by: by?.id ?? null, approved_by_name: by?.name ?? null, updated_at: at })
      .where('meeting_id', '=', meetingId)
      .execute();
  },

  async resolutions(db: Db, meetingId: string): Promise<ResolutionRow[]> {
    return resolutions(db).where('r.meeting_id', '=', meetingId).orderBy('r.seq').execute();
  },
  async findResolution(db: Db, id: string): Promise<ResolutionRow | undefined> {
    return resolutions(db).where('r.id', '=', id).executeTakeFirst();
  },
  async insertResolution(trx: Db, meetingId: string, v: { text: string; lead_org_id: string | null; due_date: string | null }): Promise<string> {
    const last = await trx.selectFrom('meeting_resolution').select((eb) => eb.fn.max('seq').as('s')).where('meeting_id', '=', meetingId).executeTakeFirst();
    const r = await trx.insertInto('meeting_resolution').values({ meeting_id: meetingId, seq: (last?.s ?? 0) + 1, ...v }).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },
  async updateResolution(trx: Db, id: string, v: Partial<{ text: string; lead_org_id: string | null; due_date: string | null; task_id: string | null }>): Promise<void> {
    await trx.updateTable('meeting_resolution').set(v).where('id', '=', id).execute();
  },
  async deleteResolution(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('meeting_resolution').where('id', '=', id).execute();
  },

  async listAgreements(db: Db, f: { q?: string | undefined; kind?: string | undefined; regionPrefix?: string | undefined; meetingId?: string | undefined; from?: string | undefined; to?: string | undefined }, scope: ConferenceScope, page: { limit: number; offset: number; sort: keyof typeof AGREEMENT_SORT; order: 'asc' | 'desc' }) {
    let q = agreements(db).where(agreementVisible(scope));
    if (f.q) q = q.where((eb) => eb.or([eb('a.title', 'ilike', containsPattern(f.q!)), eb.exists(eb.selectFrom('agreement_party as p').select('p.position').whereRef('p.agreement_id', '=', 'a.id').where('p.name', 'ilike', containsPattern(f.q!)))]));
    if (f.kind) q = q.where('a.kind', '=', f.kind);
    if (f.regionPrefix) q = q.where('a.region_code', 'like', `${f.regionPrefix}%`);
    if (f.meetingId) q = q.where('a.meeting_id', '=', f.meetingId);
    if (f.from) q = q.where('a.signed_on', '>=', f.from);
    if (f.to) q = q.where('a.signed_on', '<=', f.to);
    const rows = await q.select(totalOver.as('total')).orderBy(sql.ref(AGREEMENT_SORT[page.sort]), page.order).orderBy('a.id').limit(page.limit).offset(page.offset).execute();
    return { rows: rows as (AgreementRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },
  async meetingAgreements(db: Db, meetingId: string): Promise<AgreementRow[]> {
    return agreements(db).where('a.meeting_id', '=', meetingId).orderBy('a.created_at').execute();
  },
  async findAgreement(db: Db, id: string): Promise<AgreementRow | undefined> {
    return agreements(db).where('a.id', '=', id).executeTakeFirst();
  },
  async agreementVisibleTo(db: Db, id: string, scope: ConferenceScope): Promise<boolean> {
    return !!(await db.selectFrom('agreement as a').select('a.id').where('a.id', '=', id).where(agreementVisible(scope)).executeTakeFirst());
  },
  async parties(db: Db, ids: readonly string[]): Promise<PartyRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('agreement_party').select(['agreement_id', 'org_id', 'name', 'signer', 'signer_title']).where('agreement_id', 'in', ids).orderBy('position').execute();
  },
  async insertAgreement(trx: Db, v: AgreementValues, by: string | null, at: Date): Promise<string> {
    const r = await trx.insertInto('agreement').values({ ...v, title_pinyin: pinyinSortKey(v.title), created_by: by, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },
  async updateAgreement(trx: Db, id: string, v: Partial<AgreementValues> & { file_id?: string | null }, at: Date): Promise<void> {
    const key = v.title !== undefined ? { title_pinyin: pinyinSortKey(v.title) } : {};
    await trx.updateTable('agreement').set({ ...v, ...key, updated_at: at }).where('id', '=', id).execute();
  },
  async setParties(trx: Db, agreementId: string, parties: Omit<PartyRow, 'agreement_id'>[]): Promise<void> {
    await trx.deleteFrom('agreement_party').where('agreement_id', '=', agreementId).execute();
    if (parties.length) await trx.insertInto('agreement_party').values(parties.map((p, i) => ({ agreement_id: agreementId, position: i, ...p }))).execute();
  },
  async deleteAgreement(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('agreement').where('id', '=', id).execute();
  },

  async unveilings(db: Db, meetingId: string) {
    return db.selectFrom('unveiling').select(['id', 'meeting_id', 'region_code', 'what', 'on_date', 'unveiled_by']).where('meeting_id', '=', meetingId).orderBy('created_at').execute();
  },
  async findUnveiling(db: Db, id: string) {
    return db.selectFrom('unveiling').select(['id', 'meeting_id', 'region_code', 'what', 'on_date', 'unveiled_by']).where('id', '=', id).executeTakeFirst();
  },
  async insertUnveiling(trx: Db, v: { meeting_id: string | null; region_code: string; what: string; on_date: string; unveiled_by: string[] }, at: Date): Promise<string> {
    const r = await trx.insertInto('unveiling').values({ ...v, created_at: at }).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },
  async deleteUnveiling(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('unveiling').where('id', '=', id).execute();
  },

  async documents(db: Db, meetingId: string) {
    return db
      .selectFrom('meeting_document as d')
      .leftJoin('file as f', 'f.id', 'd.file_id')
      .select(['d.id', 'd.meeting_id', 'd.kind', 'd.title', 'd.file_id', 'f.name as file_name', 'f.size as file_size'])
      .where('d.meeting_id', '=', meetingId)
      .orderBy('d.position')
      .execute();
  },
  async insertDocument(trx: Db, meetingId: string, v: { kind: string; title: string; file_id: string | null }): Promise<string> {
    const last = await trx.selectFrom('meeting_document').select((eb) => eb.fn.max('position').as('p')).where('meeting_id', '=', meetingId).executeTakeFirst();
    const r = await trx.insertInto('meeting_document').values({ meeting_id: meetingId, position: (last?.p ?? -1) + 1, ...v }).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },
  async findDocument(db: Db, id: string) {
    return db.selectFrom('meeting_document').select(['id', 'meeting_id', 'kind', 'title', 'file_id']).where('id', '=', id).executeTakeFirst();
  },
  async setDocumentFile(trx: Db, id: string, fileId: string): Promise<void> {
    await trx.updateTable('meeting_document').set({ file_id: fileId }).where('id', '=', id).execute();
  },
  async deleteDocument(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('meeting_document').where('id', '=', id).execute();
  },

  /** Meetings, agreements and unveilings of a region subtree dated within [from, to] (top-ten candidates). */
  async eventsBetween(db: Db, prefix: string, from: string, to: string) {
    const meetings = await db
      .selectFrom('meeting')
      .select(['id', 'title', 'starts_at', 'region_code', 'summary', 'theme'])
      .where('region_code', 'like', `${prefix}%`)
      .where('status', '=', 'scheduled')
      .where('starts_at', '>=', new Date(`${from}T00:00:00+08:00`))
      .where('starts_at', '<', new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000))
      .orderBy('starts_at')
      .execute();
    const agreementsRows = await db
      .selectFrom('agreement')
      .select(['id', 'title', 'signed_on', 'region_code', 'summary'])
      .where('region_code', 'like', `${prefix}%`)
      .where('signed_on', '>=', from)
      .where('signed_on', '<=', to)
      .orderBy('signed_on')
      .execute();
    const unveilingRows = await db
      .selectFrom('unveiling')
      .select(['id', 'meeting_id', 'what', 'on_date', 'region_code', 'unveiled_by'])
      .where('region_code', 'like', `${prefix}%`)
      .where('on_date', '>=', from)
      .where('on_date', '<=', to)
      .orderBy('on_date')
      .execute();
    return { meetings, agreements: agreementsRows, unveilings: unveilingRows };
  },
};
export type RecordRepository = typeof recordRepository;
