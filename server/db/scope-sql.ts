import { sql, type RawBuilder } from 'kysely';
import type { DataScope } from '../platform/access';

/** Columns of a table that a scope can filter on; a scope whose column is missing sees nothing. */
export interface ScopeColumns {
  region?: string;
  org?: string;
  owner?: string;
}

/**
 * A WHERE condition limiting rows to a scope. "Own records" uses the owner column when the table
 * has one and falls back to the caller's organisation otherwise.
 */
export function scopeCondition(scope: DataScope, cols: ScopeColumns): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return cols.region ? sql<boolean>`${sql.ref(cols.region)} like ${scope.prefix + '%'}` : sql<boolean>`false`;
    case 'org':
      return cols.org ? sql<boolean>`${sql.ref(cols.org)} = ${scope.orgId}` : sql<boolean>`false`;
    case 'own':
      if (cols.owner) return sql<boolean>`${sql.ref(cols.owner)} = ${scope.userId}`;
      return cols.org ? sql<boolean>`${sql.ref(cols.org)} = ${scope.orgId}` : sql<boolean>`false`;
  }
}
