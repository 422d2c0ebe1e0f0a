import { start } from './app/entry.js';

await start();
