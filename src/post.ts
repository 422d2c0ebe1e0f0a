import { run } from './app/cleanup-step.js';

// The post step's entry (dist/post/index.js), bundled apart from the main step so that it can only clean up.
await run();
