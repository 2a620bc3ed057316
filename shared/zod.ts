/**
 * AllyDesk's one way in to zod: `zod/mini`, with zod's English messages. Classic `zod` attaches
 * dozens of methods to every schema it builds and bundles its JSON Schema generator; mini builds
 * plain schemas (checks are passed to `.check(…)`), which costs the main process a fraction at
 * start (see README, Performance). Mini ships no messages of its own, so the English ones are set
 * here, once, for every runtime: a refused field reads "Too big: expected string to have <=2048
 * characters", never just "Invalid input".
 */
import { z } from 'zod/mini';
import english from 'zod/v4/locales/en.js';

z.config(english());

export { z };
