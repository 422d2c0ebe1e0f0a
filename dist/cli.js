#!/usr/bin/env node
globalThis.pinshipCli = true;
require('./index.js');
