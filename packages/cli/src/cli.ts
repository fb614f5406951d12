/** Entry point of `dvc` (bin/dvc.mjs runs this file). */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (problem: unknown) => {
    console.error(problem);
    process.exitCode = 2;
  },
);
