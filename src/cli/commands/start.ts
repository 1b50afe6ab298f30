/**
 * `handoff start --task ID [--agent NAME] [--note TEXT] [--format text|json]`: registers the agent, or
 * switches it to a task, `in_progress` (see app/lifecycle.ts).
 */
import { lifecycleRun } from './lifecycle.js';

export const run = lifecycleRun('start');
