/**
 * The Action's entry (action.yml `main: dist/index.js`). Everything happens in `run`; it never throws:
 * failures become `setFailed` with a one-line message. The deadline bounds the whole run.
 */
import { startDeadline } from './deadline.js';
import { run } from './run.js';

const deadline = startDeadline(process.env);
await run(process.env, { deadline: deadline.signal, deadlineAt: deadline.at });
deadline.clear();
// Past the deadline a request may still sit in a retry plugin's wait, holding the process for
// seconds; the run has finished with its verdict, so nothing of that request matters any more.
if (deadline.signal.aborted) process.exit();
