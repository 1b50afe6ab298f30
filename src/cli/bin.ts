/** Entry of `dist/cli.js`: the process shell around `main`. */
import { ignoreClosedPipes } from './context.js';
import { main } from './main.js';

ignoreClosedPipes();
const code = await main(process.argv.slice(2));
process.exitCode = code;
