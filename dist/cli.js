#!/usr/bin/env node
globalThis.pinshipCli = true;
await import('./index.js');
