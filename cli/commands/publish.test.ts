import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from './publish';

const seeds = path.resolve(import.meta.dirname, '../../server/platform/text/testdata/seeds');

describe('zhichan ingest extract', () => {
  it('answers the contract’s fields, in order, for a seed', async () => {
    const file = path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith('002'))!);
    const r = await extractFile(file);
    if (!r.ok) throw new Error(r.error);
    expect(Object.keys(r.result)).toEqual(['file', 'title', 'publishDate', 'eventDate', 'region', 'kind', 'organizations', 'people', 'agreements', 'statistics', 'attendeeCount', 'onlineAudience', 'confidence', 'cleanedText']);
    expect(r.result).toMatchObject({ publishDate: '2024-04-25', eventDate: '2024-04-25', region: { code: '440300', name: '深圳市' }, kind: 'jointConference' });
    expect(r.result.statistics[0]).toEqual({ indicator: '国内专利授权量', value: 235100, unit: '件', year: 2023, region: { code: '440300', name: '深圳市' } });
    expect(JSON.parse(JSON.stringify(r.result))).toEqual(r.result);
  });

  it('gives the confidence of each field the ingest page shows, between 0 and 1', async () => {
    const file = path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith('002'))!);
    const r = await extractFile(file);
    if (!r.ok) throw new Error(r.error);
    expect(Object.keys(r.result.confidence)).toEqual(['eventDate', 'region', 'kind', 'attendeeCount', 'agreements', 'people', 'statistics']);
    for (const v of Object.values(r.result.confidence)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    // A date written in full in the lead and a kind named by the title are trusted; the seed gives both.
    expect(r.result.confidence.eventDate).toBeGreaterThanOrEqual(0.8);
    expect(r.result.confidence.kind).toBeGreaterThanOrEqual(0.8);
  });

  it('refuses a 50 MB file without reading it, and a missing one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhichan-cli-'));
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024);
    expect(await extractFile(big)).toEqual({ ok: false, error: '文件过大（50.0 MB），最大 5 MB' });
    expect(await extractFile(path.join(dir, 'none.txt'))).toEqual({ ok: false, error: '文件不存在或无法读取' });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
