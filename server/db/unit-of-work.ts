import type { Db, Tx } from './database';

/**
 * The one way a service opens a transaction: everything `work` writes through `trx` commits
 * together or not at all (the audit event and the search entry with the change they describe).
 * Inside it, use only `trx`: the embedded database has one connection, so a query on `db` — or a
 * call to a service that uses `db` — while the transaction is open waits for ever.
 */
export function inTransaction<T>(db: Db | Tx, work: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
