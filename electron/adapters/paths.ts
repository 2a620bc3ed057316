import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'AllyDesk';

/**
 * The per-user data folder Electron's app.getPath('userData') gives for this product, computed
 * without Electron so the browser host uses the very same folder. ALLYDESK_DATA_DIR overrides it.
 */
export function defaultDataDir(env: typeof process.env = process.env, platform = process.platform): string {
  if (env.ALLYDESK_DATA_DIR) return env.ALLYDESK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}
