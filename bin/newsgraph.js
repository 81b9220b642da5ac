#!/usr/bin/env node
// Entry point of the newsgraph command: runs the compiled CLI, nothing else.
import { runMain } from '../dist/cli/main.js';

await runMain(process.argv.slice(2));
