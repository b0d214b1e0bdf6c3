import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fingerprint of the schema: the migrations and the region data they load. */
export function schemaFingerprint(): string {
  const root = path.resolve(import.meta.dirname, '..');
  const files = [
    ...fs.readdirSync(path.join(root, 'db/migrations')).map((f) => path.join(root, 'db/migrations', f)),
    path.join(root, 'db/data/regions.json'),
  ].sort();
  const h = createHash('sha256');
  for (const f of files) h.update(f).update(fs.readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

export function pgliteTemplatePath(fingerprint: string): string {
  return path.join(os.tmpdir(), `zhichan-test-template-${fingerprint}.tar`);
}

export function pgTemplateName(fingerprint: string): string {
  return `zhichan_tpl_${fingerprint}`;
}

/** The URL of another database on the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
