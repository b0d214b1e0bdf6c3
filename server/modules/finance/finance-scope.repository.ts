import { type RawBuilder, sql } from 'kysely';
import type { FinanceScope } from './finance.policy';

/** The condition that limits finance rows to a scope, over the given table alias. */
export function financeScopeSql(scope: FinanceScope, alias: string): RawBuilder<boolean> {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'region':
      return sql<boolean>`${col('region_code')} like ${scope.prefix + '%'}`;
    case 'bank':
      return sql<boolean>`${col('bank_org_id')} = ${scope.orgId}`;
    case 'enterprise':
      return sql<boolean>`${col('enterprise_org_id')} = ${scope.orgId}`;
    case 'none':
      return sql<boolean>`false`;
  }
}
