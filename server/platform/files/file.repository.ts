import type { Db } from '../../db/database';

export interface FileRow {
  id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  created_by: string | null;
  created_at: Date;
}
const COLUMNS = ['id', 'name', 'mime', 'size', 'sha256', 'created_by', 'created_at'] as const;

export const fileRepository = {
  async insert(trx: Db, f: { name: string; mime: string; sha256: string; createdBy: string | null; bytes: Buffer }): Promise<FileRow> {
    const row = await trx
      .insertInto('file')
      .values({ name: f.name, mime: f.mime, size: f.bytes.length, sha256: f.sha256, created_by: f.createdBy })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await trx.insertInto('file_blob').values({ file_id: row.id, bytes: f.bytes }).execute();
    return row;
  },
  async find(db: Db, id: string): Promise<FileRow | undefined> {
    return db.selectFrom('file').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  },
  async findMany(db: Db, ids: readonly string[]): Promise<FileRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('file').select(COLUMNS).where('id', 'in', ids).execute();
  },
  async bytes(db: Db, id: string): Promise<Buffer | undefined> {
    const r = await db.selectFrom('file_blob').select('bytes').where('file_id', '=', id).executeTakeFirst();
    return r?.bytes;
  },
};
export type FileRepository = typeof fileRepository;
