// `@dvc/form`'s root entry validates synchronously from the start (`FormValidation`, `summarizeAnswers`): it has the
// validator up front. `define.ts` (the CDN's `dvc-form.js`) loads it as a chunk instead (ADR 0017, fourth amendment).
import * as validatorModule from './validator-module.js';
import { provideValidator } from './validator-loader.js';

provideValidator(validatorModule);
