/** Entry of `dist/cli.js`: the process shell around `main`. */
import { main } from './main.js';

const code = await main(process.argv.slice(2));
process.exitCode = code;
