import { type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database';
import { totalOver } from '../../db/query-helpers';
import type { FinancePoolLedgerTable, FinancePoolTable } from '../../db/tables/finance-loans';

export type PoolRow = Omit<Selectable<FinancePoolTable>, 'created_at' | 'updated_at'> & { balance_fen: number };
export type PoolPartyRow = { pool_id: string; position: number; role: string; org_id: string | null; org_name: string | null; share_bp: number };
export type PoolBankRow = { pool_id: string; bank_org_id: string; bank_name: string; deposit_fen: number };
export type LedgerRow = Omit<Selectable<FinancePoolLedgerTable>, 'created_at' | 'pool_id'>;

const balance = sql<number>`coalesce((select g.balance_after_fen from finance_pool_ledger g where g.pool_id = p.id order by g.seq desc limit 1), 0)`;

function pools(db: Db) {
  return db
    .selectFrom('finance_pool as p')
    .select(['p.id', 'p.region_code', 'p.name', 'p.central_fen', 'p.provincial_fen', 'p.city_fen', 'p.leverage_target', 'p.qualifying', 'p.per_loan_cap_fen', 'p.cap_note', 'p.deposit_multiple', 'p.claim_deadline_days', 'p.claim_deadline_source', 'p.overflow'])
    .select(balance.as('balance_fen'));
}

export const poolRepository = {
  /** Pools whose region lies inside the prefix (all with an empty prefix), or those a bank takes part in. */
  async list(db: Db, f: { regionPrefix?: string | undefined; bankOrgId?: string | undefined }): Promise<PoolRow[]> {
    let q = pools(db);
    if (f.regionPrefix) q = q.where('p.region_code', 'like', `${f.regionPrefix}%`);
    if (f.bankOrgId) q = q.where((eb) => eb.exists(eb.selectFrom('finance_pool_bank as pb').select('pb.pool_id').whereRef('pb.pool_id', '=', 'p.id').where('pb.bank_org_id', '=', f.bankOrgId!)));
    return q.orderBy('p.name').execute();
  },
  async find(db: Db, id: string): Promise<PoolRow | undefined> {
    return pools(db).where('p.id', '=', id).executeTakeFirst();
  },
  /** Locks the pool row, so ledger entries are appended one at a time with a balance that cannot race. */
  async lock(trx: Db, id: string): Promise<PoolRow | undefined> {
    await trx.selectFrom('finance_pool').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    return pools(trx).where('p.id', '=', id).executeTakeFirst();
  },
  async parties(db: Db, poolIds: readonly string[]): Promise<PoolPartyRow[]> {
    if (poolIds.length === 0) return [];
    return db.selectFrom('finance_pool_party as x').leftJoin('org as o', 'o.id', 'x.org_id').select(['x.pool_id', 'x.position', 'x.role', 'x.org_id', 'o.name as org_name', 'x.share_bp']).where('x.pool_id', 'in', [...poolIds]).orderBy('x.pool_id').orderBy('x.position').execute();
  },
  async banks(db: Db, poolIds: readonly string[]): Promise<PoolBankRow[]> {
    if (poolIds.length === 0) return [];
    return db.selectFrom('finance_pool_bank as x').innerJoin('org as o', 'o.id', 'x.bank_org_id').select(['x.pool_id', 'x.bank_org_id', 'o.name as bank_name', 'x.deposit_fen']).where('x.pool_id', 'in', [...poolIds]).orderBy('o.name_pinyin').execute();
  },
  async findByName(db: Db, regionCode: string, name: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('finance_pool').select('id').where('region_code', '=', regionCode).where('name', '=', name).executeTakeFirst();
  },
  async insert(trx: Db, v: Omit<Selectable<FinancePoolTable>, 'id' | 'created_at' | 'updated_at'>, parties: readonly { role: string; org_id: string | null; share_bp: number }[], banks: readonly { bank_org_id: string; deposit_fen: number }[], at: Date): Promise<string> {
    const id = (await trx.insertInto('finance_pool').values({ ...v, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id;
    await trx.insertInto('finance_pool_party').values(parties.map((p, position) => ({ ...p, pool_id: id, position }))).execute();
    if (banks.length) await trx.insertInto('finance_pool_bank').values(banks.map((b) => ({ ...b, pool_id: id }))).execute();
    return id;
  },
  /** Appends a ledger entry after the pool's last; call with the pool row locked. The check refuses a negative balance. */
  async append(trx: Db, poolId: string, e: { kind: string; source?: string | null; amount_fen: number; claim_id?: string | null; occurred_on: string; note?: string | null }): Promise<{ seq: number; balance_after_fen: number }> {
    const last = await trx.selectFrom('finance_pool_ledger').select(['seq', 'balance_after_fen']).where('pool_id', '=', poolId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const next = { seq: (last?.seq ?? 0) + 1, balance_after_fen: (last?.balance_after_fen ?? 0) + e.amount_fen };
    await trx.insertInto('finance_pool_ledger').values({ pool_id: poolId, kind: e.kind, source: e.source ?? null, amount_fen: e.amount_fen, claim_id: e.claim_id ?? null, occurred_on: e.occurred_on, note: e.note ?? null, ...next }).execute();
    return next;
  },
  async ledger(db: Db, poolId: string, page: { limit: number; offset: number; order: 'asc' | 'desc' }) {
    const rows = await db
      .selectFrom('finance_pool_ledger')
      .select(['id', 'seq', 'kind', 'source', 'amount_fen', 'balance_after_fen', 'claim_id', 'occurred_on', 'note'])
      .select(totalOver.as('total'))
      .where('pool_id', '=', poolId)
      .orderBy('seq', page.order)
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { rows: rows as (LedgerRow & { total: number })[], total: rows[0]?.total ?? 0 };
  },
  /** The sum of the ledger by kind: what the balance is derived from. */
  async totals(db: Db, poolId: string): Promise<{ kind: string; amount_fen: number }[]> {
    return db.selectFrom('finance_pool_ledger').select(['kind', sql<number>`sum(amount_fen)::bigint`.as('amount_fen')]).where('pool_id', '=', poolId).groupBy('kind').execute();
  },
};
export type PoolRepository = typeof poolRepository;
