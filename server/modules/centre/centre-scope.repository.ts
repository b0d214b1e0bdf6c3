import { type RawBuilder, sql } from 'kysely';
import type { CentreScope } from './centre.policy';

/** The condition that limits filing or pre-examination rows to a scope, over the given table alias. */
export function centreScopeSql(scope: CentreScope, alias: string): RawBuilder<boolean> {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`${col('region_code')} like ${scope.prefix + '%'}`;
    case 'windows':
      return scope.ids.length ? sql<boolean>`${col('window_id')} in (${sql.join(scope.ids)})` : sql<boolean>`false`;
    case 'enterprise':
      return sql<boolean>`${col('enterprise_org_id')} = ${scope.orgId}`;
    case 'none':
      return sql<boolean>`false`;
  }
}
