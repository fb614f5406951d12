// The test command: every suite in real headless Chromium, ending with one summary line.
import { spawnSync } from 'node:child_process';
