import { describe, expect, it } from 'vitest';
import { auditHash, canonicalJson, GENESIS_HASH } from './audit/audit-hash';
import { checkFileType } from './files/file-check';
import { pinyinSortKey } from './text-sort';
import { AppError, notFound, orNullIfNotFound } from './errors';

describe('canonical JSON for audit hashes', () => {
  it('ignores key order at every depth, as jsonb does', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
    const e = { at: new Date('2026-01-01T00:00:00Z'), actorId: null, actorName: 'demo', action: 'create', entityType: 'org', entityId: '1', before: null, after: { x: 1 } };
    expect(auditHash(GENESIS_HASH, e)).toBe(auditHash(GENESIS_HASH, { ...e, after: { x: 1 } }));
    expect(auditHash(GENESIS_HASH, e)).not.toBe(auditHash(GENESIS_HASH, { ...e, after: { x: 2 } }));
  });
});

describe('file type check', () => {
  it('accepts text that is UTF-8 and refuses binary content behind a text extension', async () => {
    expect(await checkFileType('说明.txt', Buffer.from('证据'))).toBe('text/plain; charset=utf-8');
    await expect(checkFileType('x.txt', Buffer.from([0x00, 0x01, 0x02]))).rejects.toThrow('file: 文件内容不是 UTF-8 文本');
  });

  it('refuses a PDF extension on something that is not a PDF, and an extension not allowed', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const err = await checkFileType('合同.pdf', png).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toBe('file: 文件内容是 .png，与扩展名 .pdf 不符');
    expect(await checkFileType('图.png', png)).toBe('image/png');
    await expect(checkFileType('run.exe', png)).rejects.toThrow('不支持的文件类型');
    await expect(checkFileType('空.pdf', Buffer.alloc(0))).rejects.toThrow('文件是空的');
  });
});

describe('pinyin sort key', () => {
  it('orders Chinese names by pinyin', () => {
    const names = ['中山测试局', '阿城测试局', '北安测试局', '深圳市公安局'];
    expect([...names].sort((a, b) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : 1))).toEqual(['阿城测试局', '北安测试局', '深圳市公安局', '中山测试局']);
  });
});

describe('orNullIfNotFound', () => {
  it('answers null for a 404 and lets any other failure through', async () => {
    expect(await orNullIfNotFound(Promise.resolve(1))).toBe(1);
    expect(await orNullIfNotFound(Promise.reject(notFound('用户')))).toBeNull();
    await expect(orNullIfNotFound(Promise.reject(new Error('connection terminated')))).rejects.toThrow('connection terminated');
  });
});
