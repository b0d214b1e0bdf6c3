import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

// PGlite's node filesystem never reaches the disk on its own: its default start parameters
// include `-F` (fsync off), Emscripten's NODEFS has no fsync operation (fsync() in the engine
// returns success without doing anything) and fdatasync() is a no-op syscall. A commit is then
// only in the operating system's cache: it survives `kill -9` of the server but not a power cut
// or a kernel crash. This file gives NODEFS a real fsync and starts PostgreSQL with fsync on,
// syncing the WAL with fsync() (the one call that reaches NODEFS).

interface NodeStream {
  nfd?: number;
}
interface NodefsModule {
  NODEFS: { stream_ops: { fsync?: (stream: NodeStream) => number } };
}

// WASI error number for EIO: PostgreSQL treats a failed fsync as fatal, which is what we want.
const WASI_EIO = 29;

/** NODEFS with an fsync that reaches the disk. */
export class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const patched = {
      ...opts,
      preRun: [
        ...(opts.preRun ?? []),
        (mod: NodefsModule) => {
          mod.NODEFS.stream_ops.fsync = (stream) => {
            if (stream.nfd === undefined) return 0;
            try {
              fs.fsyncSync(stream.nfd);
              return 0;
            } catch {
              return WASI_EIO;
            }
          };
        },
      ],
    };
    return super.init(pg, patched);
  }
}

/** PGlite's start parameters with fsync on and the WAL synced through fsync(). */
export function durableStartParams(): string[] {
  return [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'];
}
