/**
 * The Action's entry (action.yml `main: dist/index.js`). Everything happens in `run`; it never throws:
 * failures become `setFailed` with a one-line message.
 */
import { run } from './run.js';

await run();
