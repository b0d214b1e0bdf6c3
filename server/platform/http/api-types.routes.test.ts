import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { API_TYPES_FILE, renderApiTypes } from './api-types';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('the web client’s contract', () => {
  it('is generated from the routes as they are now (run npm run api:types after changing a route)', async () => {
    const current = await renderApiTypes(t.app.swagger() as unknown as Record<string, unknown>);
    const file = fs.readFileSync(path.resolve(import.meta.dirname, '../../..', API_TYPES_FILE), 'utf8');
    // A plain equality would print two 16,000-line strings; name the first path that differs instead.
    if (current !== file) {
      const a = current.split('\n');
      const b = file.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(`${API_TYPES_FILE} is stale from line ${line + 1} ("${a[line]?.trim()}"): run npm run api:types`);
    }
  });

  it('keeps every module’s routes under /api/v1/<module>/ and tags them by module', () => {
    const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const modules = new Set(['platform', 'org', 'conference', 'tasks', 'protection', 'stats', 'finance', 'enforcement', 'publish', 'services', 'centre', 'utilisation']);
    const outside = Object.keys(doc.paths).filter((p) => p.startsWith('/api/v1/') && !modules.has(p.split('/')[3]));
    expect(outside).toEqual([]);
  });
});
