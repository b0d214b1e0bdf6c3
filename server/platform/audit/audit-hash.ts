import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth, so a value hashes the same after a trip through jsonb. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface HashedFields {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an audit event, chained to the hash of the one before it. */
export function auditHash(prevHash: string, e: HashedFields): string {
  const payload = canonicalJson([
    prevHash,
    e.at.toISOString(),
    e.actorId,
    e.actorName,
    e.action,
    e.entityType,
    e.entityId,
    e.before ?? null,
    e.after ?? null,
  ]);
  return createHash('sha256').update(payload).digest('hex');
}
