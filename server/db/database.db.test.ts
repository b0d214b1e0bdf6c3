import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from './database';
import { DataDirLockedError } from './lock';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'zhichan-lock-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the embedded database folder', () => {
  it('refuses a second process while the first is alive, with a message saying what to do', async () => {
    const dir = tmp();
    const holder = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(path.join(dir, 'zhichan.lock'), JSON.stringify({ pid: holder.pid, host: os.hostname(), startedAt: new Date().toISOString() }));
      const err = await createDatabase({ dataDir: dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as Error).message).toContain(`正由进程 ${holder.pid} 使用`);
      expect((err as Error).message).toContain('DATABASE_URL');
    } finally {
      holder.kill();
    }
  });

  it('takes over the lock of a process that died, keeps what was written, and releases the lock on close', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'zhichan.lock'), JSON.stringify({ pid: 999_999, host: os.hostname(), startedAt: '2026-01-01' }));
    const first = await createDatabase({ dataDir: dir });
    await first.pglite!.exec('create table note (t text); insert into note values (\'坪山\')');
    await first.close();
    expect(fs.existsSync(path.join(dir, 'zhichan.lock'))).toBe(false);
    const again = await createDatabase({ dataDir: dir });
    expect((await again.pglite!.query<{ t: string }>('select t from note')).rows).toEqual([{ t: '坪山' }]);
    await again.close();
    // Two embedded databases made one after the other: a minute on a busy machine.
  }, 120_000);
});
