import { copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * LevelDB replays its `.log` files when it opens and, finding a record it
 * cannot read, drops it with a line in its info `LOG` file and carries on
 * (no option of classic-level makes that an error), then deletes the logs.
 * So the logs are copied before opening, and the `LOG` read after.
 */
export class LevelLogWatch {
  private readonly location: string;
  private readonly copy: string;

  private constructor(location: string, copy: string) {
    this.location = location;
    this.copy = copy;
  }

  /** Copies the store's write-ahead logs aside, before LevelDB opens (and consumes) them. */
  static async before(location: string, stamp: string): Promise<LevelLogWatch> {
    const copy = `${location}.logs-${stamp}`;
    let names: string[] = [];
    try {
      names = (await readdir(location)).filter((name) => name.endsWith('.log'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (names.length > 0) {
      await mkdir(copy, { recursive: true, mode: 0o700 });
      for (const name of names) {
        try {
          await copyFile(path.join(location, name), path.join(copy, name));
        } catch (error) {
          // A log gone since it was listed holds nothing LevelDB will replay: there is nothing to keep of it.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
    }
    return new LevelLogWatch(location, copy);
  }

  /**
   * What LevelDB dropped while opening, one line each from its `LOG`. When it
   * dropped anything the copied logs are kept as `evidence`, else removed.
   */
  async after(): Promise<{ dropped: string[]; evidence: string | null }> {
    let log = '';
    try {
      log = await readFile(path.join(this.location, 'LOG'), 'utf8');
    } catch {
      // No info log: nothing was reported.
    }
    const dropped = log
      .split('\n')
      .filter((line) => /dropping \d+ bytes|Corruption:/.test(line))
      .map((line) => line.replace(/^\S+ \S+ \S+ /, '').trim());
    if (dropped.length === 0) {
      await rm(this.copy, { recursive: true, force: true });
      return { dropped, evidence: null };
    }
    const evidence = this.copy.replace('.logs-', '.damaged-logs-');
    await rename(this.copy, evidence).catch(() => undefined);
    return { dropped, evidence };
  }
}

/** The bytes a LevelDB `LOG` line says were dropped, summed. */
export function droppedBytes(lines: string[]): number {
  return lines.reduce((sum, line) => sum + Number(/dropping (\d+) bytes/.exec(line)?.[1] ?? 0), 0);
}
