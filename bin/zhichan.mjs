#!/usr/bin/env -S node --max-semi-space-size=64
// The `zhichan` command. Runs the TypeScript sources directly (through tsx), so it always matches
// the checkout; `npm run build` is not needed first.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
await import(main);
