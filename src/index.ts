import { start } from './entry.js';

await start();
