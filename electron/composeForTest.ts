import { createNodeAdapters, type NodeAdapters } from './adapters/node';
import { composeApp, type ComposeOptions } from './compose';
import { AdjustableClock } from './services/clock';
import { silentLogger } from './services/logger';

/**
 * The whole app as the browser host composes it, for tests: the Node adapters on `dataDir`, a clock
 * the test can move (starting at `startAt`, else now) and a silent logger; anything else as given.
 */
export function composeForTest(
  dataDir: string,
  options: Partial<Omit<ComposeOptions, 'dataDir' | 'clock' | 'adapters'>> & { startAt?: number; adapters?: NodeAdapters } = {},
) {
  const { startAt, ...rest } = options;
  const clock = new AdjustableClock(startAt === undefined ? Date.now : () => startAt);
  const adapters = options.adapters ?? createNodeAdapters(dataDir, () => clock.now());
  const app = composeApp({ runtime: 'browser', version: 'test', logger: silentLogger, ...rest, dataDir, clock, adapters });
  return Object.assign(app, { clock, adapters });
}
