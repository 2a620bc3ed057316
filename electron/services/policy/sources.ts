import { dirname } from 'node:path';
import type { Logger } from '../../adapters/types';
import { LINUX_POLICY_FILE, readLinuxPolicy } from './linux';
import { startPolicyService, type PolicyService } from './service';

/** Where e2e tests put a policy file instead of /etc/allydesk/policy.json. */
export const TEST_POLICY_FILE_ENV = 'ALLYDESK_TEST_POLICY_FILE';

/**
 * The Linux policy file's path. The test override is honoured only with ALLYDESK_TEST_HOOKS=1,
 * so a user cannot point AllyDesk at a policy of their own making (it would still have to be
 * root-owned; this keeps the one real place the only place).
 */
export function linuxPolicyPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.ALLYDESK_TEST_HOOKS === '1' && env[TEST_POLICY_FILE_ENV] ? env[TEST_POLICY_FILE_ENV] : LINUX_POLICY_FILE;
}

/**
 * Reads this platform's policy once and keeps it current (both runtimes call this before composeApp).
 * The macOS and Windows readers load only on their own platform: the property-list parser alone
 * (plist with its XML libraries, ~350 kB) would otherwise be read and compiled at every start.
 */
export function startPlatformPolicy(
  logger: Logger,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PolicyService> {
  if (platform === 'win32') return startPolicyService({ read: async () => (await import('./windows')).readWindowsPolicy(), logger });
  if (platform === 'darwin') return startPolicyService({ read: async () => (await import('./macos')).readMacPolicy(), logger });
  const path = linuxPolicyPath(env);
  return startPolicyService({ read: () => readLinuxPolicy({ path }), logger, watchFolders: [dirname(path)] });
}
