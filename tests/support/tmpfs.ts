import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A small file system of its own, which a test can fill to the last byte. */
export interface SmallDisk {
  dir: string;
  /** Fills it with one file until it refuses more; returns that file, to free the space again by removing it. */
  fill(): string;
  unmount(): Promise<void>;
}

/** Why tests that need a small disk skip, when they do. */
export const smallDiskSkipReason = 'mounting a tmpfs needs root (and a system that allows it)';

/** Mounts a tmpfs of `bytes` on a new folder, or resolves null where that is not allowed (not root). */
export async function mountSmallDisk(bytes: number): Promise<SmallDisk | null> {
  if (process.getuid?.() !== 0) return null;
  const dir = await mkdtemp(path.join(tmpdir(), 'factmark-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    await rm(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    fill: () => {
      const file = path.join(dir, 'filler');
      const fd = openSync(file, 'a');
      const chunk = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        closeSync(fd);
      }
      return file;
    },
    unmount: async () => {
      spawnSync('umount', ['-l', dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
