#!/usr/bin/env node
// The factmark command. The server is TypeScript, run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/main.ts');
await main(process.argv);
