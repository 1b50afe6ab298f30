/**
 * Entry of the full program: `dist/cli.cjs`, which the `handoff` bin requires for every command line
 * but the hook's, and `dist/cli.js`, the same as an ES module (`node dist/cli.js`). The process
 * shell around `main`.
 */
import { ignoreClosedPipes } from './context.js';
import { main } from './main.js';

ignoreClosedPipes();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
