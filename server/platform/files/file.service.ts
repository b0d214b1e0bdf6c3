import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/database';
import type { Actor } from '../access';
import type { AuditWriter } from '../audit/audit.service';
import { notFound } from '../errors';
import { checkFileType } from './file-check';
import type { FileRepository, FileRow } from './file.repository';
import { inTransaction } from '../../db/unit-of-work';

export const StoredFileSchema = z
  .object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number().int(), sha256: z.string(), createdAt: z.string() })
  .meta({ id: 'StoredFile' });
export type StoredFile = z.infer<typeof StoredFileSchema>;

export function mapFile(r: FileRow): StoredFile {
  return { id: r.id, name: r.name, mime: r.mime, size: r.size, sha256: r.sha256, createdAt: r.created_at.toISOString() };
}

/** Uploaded files, kept in the database so every server and every backup has them. */
export function createFileService(deps: { db: Db; repo: FileRepository; audit: AuditWriter }) {
  const { db, repo, audit } = deps;
  return {
    /** Checks the file is what its extension says, then stores it inside the caller's transaction. */
    async save(trx: Db, actor: Actor, file: { name: string; bytes: Buffer }, allowed?: readonly string[], field = 'file'): Promise<StoredFile> {
      const mime = await checkFileType(file.name, file.bytes, allowed, field);
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      const row = await repo.insert(trx, { name: file.name, mime, sha256, createdBy: actor.userId, bytes: file.bytes });
      await audit.record(trx, actor, { action: 'create', entityType: 'file', entityId: row.id, after: mapFile(row) });
      return mapFile(row);
    },
    /** Stores a file in its own transaction. */
    async upload(actor: Actor, file: { name: string; bytes: Buffer }, allowed?: readonly string[]): Promise<StoredFile> {
      return inTransaction(db, (trx) => this.save(trx, actor, file, allowed));
    },
    /** Metadata of several files (missing ids are left out). */
    async describe(ids: readonly string[]): Promise<StoredFile[]> {
      return (await repo.findMany(db, ids)).map(mapFile);
    },
    /** The file and its bytes, with no access check: callers check access to what the file is attached to. */
    async read(id: string): Promise<{ file: StoredFile; bytes: Buffer }> {
      const row = await repo.find(db, id);
      const bytes = row ? await repo.bytes(db, id) : undefined;
      if (!row || !bytes) throw notFound('文件');
      return { file: mapFile(row), bytes };
    },
    /** A file for the user who uploaded it (or an admin). */
    async readOwn(actor: Actor, id: string): Promise<{ file: StoredFile; bytes: Buffer }> {
      const row = await repo.find(db, id);
      if (!row || (row.created_by !== actor.userId && !actor.roles.includes('admin'))) throw notFound('文件');
      return this.read(id);
    },
  };
}
export type FileService = ReturnType<typeof createFileService>;
