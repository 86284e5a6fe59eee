import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder of factmark's package.json, found from this module's own place:
 * the server runs from its source (server/) or built (dist/server/), and the
 * files it serves are found from the package either way.
 */
export const packageRoot: string = (() => {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${import.meta.dirname}.`);
    dir = parent;
  }
  return dir;
})();
