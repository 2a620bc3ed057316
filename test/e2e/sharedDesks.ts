import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopBrowserHost, test, type HostProcess } from './fixtures';

/** A Practice Mate login to save at a PC, by IPC. */
export const portalEntry = (username: string, password: string) => ({
  fields: { kind: 'portal', portal: 'practice-mate', customName: '', url: '', username, notes: '' },
  password,
  keepHiddenCharacters: false,
});

/**
 * Front-desk PCs sharing one practice folder, for a describe block: each PC is a browser host with its
 * own data folder (pushed into `hosts`), all stopped and removed after each test with the share (and
 * `<share>-away`, where a test moves it to drop it out). Browser mode only: the desktop is one app per machine.
 */
export function sharedDesks() {
  const desks = { hosts: [] as HostProcess[], share: '' };
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument destructured
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'browser', 'skipped: two front-desk PCs are two browser-mode hosts; the Electron runtime is one app per machine');
    desks.share = mkdtempSync(join(tmpdir(), 'allydesk-e2e-share-'));
  });
  test.afterEach(async () => {
    for (const host of desks.hosts.splice(0)) {
      await stopBrowserHost(host);
      rmSync(host.dataDir, { recursive: true, force: true });
    }
    if (!desks.share) return;
    rmSync(desks.share, { recursive: true, force: true });
    rmSync(`${desks.share}-away`, { recursive: true, force: true });
  });
  return desks;
}
