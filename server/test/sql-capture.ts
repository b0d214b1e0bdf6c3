import path from 'node:path';
import { format } from 'sql-formatter';
import {
  PostgresQueryCompiler,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/** One repository function and the SQL it sent, normalised so the same query always reads the same. */
export interface CapturedQuery {
  /** The repository file, relative to `server/` (e.g. `modules/org/org.repository.ts`). */
  file: string;
  /** The repository function that ran the query. */
  fn: string;
  sql: string;
}

const SERVER_ROOT = path.resolve(import.meta.dirname, '..');
const REPOSITORY_FRAME = /at (?:async )?(?:(\S+) \()?(\S+\.repository\.ts):\d+:\d+\)?$/;

/**
 * Puts a query into one canonical text: a list of parameters (`in ($3, $4)`, a row of values, or
 * several rows) becomes `($0)` whatever its length, the other parameters are numbered again from $1,
 * and the statement is laid out one clause per line, so a snapshot changes only when the query does.
 */
export function normaliseSql(raw: string): string {
  let sql = literalsOfARun(raw).replace(/\(\s*\$\d+(?:\s*,\s*\$\d+)*\s*\)/g, '($0)');
  sql = sql.replace(/\(\$0\)(?:\s*,\s*\(\$0\))+/g, '($0)');
  let n = 0;
  sql = sql.replace(/\$[1-9]\d*/g, () => `$${++n}`);
  try {
    return format(sql, { language: 'postgresql', keywordCase: 'lower' });
  } catch {
    // A statement the formatter cannot parse is still a stable snapshot as one line.
    return sql;
  }
}

/**
 * A few queries write an id or an instant as a literal on purpose (the stats import, so the planner
 * sees the value); the literal differs each run, so it is written as a placeholder.
 */
export function literalsOfARun(sql: string): string {
  return sql
    .replace(/'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'/gi, "'<uuid>'")
    .replace(/'\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z'/g, "'<instant>'");
}

/** The innermost repository function on the current stack, or null for a query from elsewhere. */
function repositoryCaller(): { file: string; fn: string } | null {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  for (const line of stack.split('\n')) {
    const m = REPOSITORY_FRAME.exec(line.trim());
    if (!m) continue;
    const file = path.relative(SERVER_ROOT, m[2].replace(/^file:\/\//, '')).split(path.sep).join('/');
    if (file.startsWith('..')) continue;
    const fn = (m[1] ?? '<anonymous>').replace(/^(?:Object|async)\./, '');
    return { file, fn };
  }
  return null;
}

/**
 * A Kysely plugin for the test databases that records, for every query a repository sends, which
 * repository function sent it and its SQL. Kysely builds the query synchronously inside the
 * repository call, so the caller is still on the stack here.
 */
export class SqlCapture implements KyselyPlugin {
  readonly #compiler = new PostgresQueryCompiler();
  readonly #seen = new Map<string, CapturedQuery>();
  // Formatting is the costly part and most queries repeat: format each distinct text once.
  readonly #normalised = new Map<string, string>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const caller = repositoryCaller();
    if (caller) {
      const raw = this.#compiler.compileQuery(args.node, args.queryId).sql;
      let sql = this.#normalised.get(raw);
      if (sql === undefined) {
        sql = normaliseSql(raw);
        this.#normalised.set(raw, sql);
      }
      this.#seen.set(`${caller.file}\u0000${caller.fn}\u0000${sql}`, { ...caller, sql });
    }
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }

  /** Everything recorded since the last call, and forgets it. */
  drain(): CapturedQuery[] {
    const out = [...this.#seen.values()];
    this.#seen.clear();
    return out;
  }
}

/** The one capture of this test process; every test database sends its queries through it. */
export const sqlCapture = new SqlCapture();
