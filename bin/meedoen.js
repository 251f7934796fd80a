#!/usr/bin/env node
// Entry point of the `meedoen` command. Runs the TypeScript sources through tsx's loader so that a fresh
// clone needs no build step for the server (the web app is built on demand by `serve`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
