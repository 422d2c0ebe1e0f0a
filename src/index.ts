import { actionRuntime } from './action-runtime.js';
import { run } from './main.js';

await run(actionRuntime());
