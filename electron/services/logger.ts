import type { Logger } from '../adapters/types';

/**
 * Structured log lines on stderr. Callers pass only ids, codes and counts as fields; never a
 * username, password, note or card number (the vault and autopay tests read the logs to check).
 */
export function createConsoleLogger(scope = 'allydesk', write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const log = (level: string) => (message: string, fields?: Record<string, string | number | boolean>) =>
    write(JSON.stringify({ t: new Date().toISOString(), level, scope, message, ...fields }));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
