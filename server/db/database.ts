import { createHash } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { openEmbedded, openInMemory } from './embedded';
import { acquireDataDirLock } from './lock';
import type { DB } from './schema';

// One set of type parsers for both engines: counts and bigint ids as numbers (ids stay far below
// 2^53), dates as 'YYYY-MM-DD' strings (never shifted by the time zone), numeric as exact strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/**
 * A pool whose clients run every parameterised query as a named prepared statement (named by a
 * hash of its text), so each connection parses and plans a query shape once instead of on every
 * request. Queries without parameters (migrations, multi-statement DDL) run as they are.
 */
function preparedStatements(pool: pg.Pool): pg.Pool {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = 'k' + createHash('sha1').update(text).digest('hex').slice(0, 20);
      if (names.size < 5000) names.set(text, name);
    }
    return name;
  };
  const wrap = (client: pg.PoolClient): pg.PoolClient =>
    new Proxy(client, {
      get(target, prop, receiver) {
        if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
        return (config: unknown, values?: unknown[]) => {
          if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
            return target.query({ name: nameOf(config), text: config, values });
          }
          return (target.query as (c: unknown, v?: unknown) => unknown).call(target, config, values);
        };
      },
    });
  return new Proxy(pool, {
    get(target, prop, receiver) {
      if (prop !== 'connect') return Reflect.get(target, prop, receiver) as unknown;
      return async () => wrap(await target.connect());
    },
  });
}

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** The embedded engine, when there is one (backups and bulk COPY use it). */
  pglite: PGlite | null;
  /** The connection pool (PostgreSQL or PGlite through its node-postgres adapter). */
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; unset means the embedded database. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; 'memory://' keeps it in memory. */
  dataDir?: string;
  /** Start the embedded database from a dump (tests use a migrated template). */
  loadDataDir?: Blob | undefined;
  poolSize?: number;
}

/** Opens the database: PostgreSQL when a URL is given, otherwise PGlite in `dataDir/pgdata` (locked to this process). */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on the next query.
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparedStatements(pool) }) });
    return {
      db,
      engine: 'postgres',
      pglite: null,
      pool,
      close: async () => {
        await db.destroy();
      },
    };
  }
  const dataDir = options.dataDir ?? 'memory://';
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => undefined : acquireDataDirLock(dataDir);
  try {
    const pglite = inMemory ? await openInMemory(dataDir, options) : await openEmbedded(dataDir, options);
    const pool = new pg.Pool(createPgConfig(pglite));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparedStatements(pool) }) });
    return {
      db,
      engine: 'pglite',
      pglite,
      pool,
      close: async () => {
        try {
          await db.destroy();
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
