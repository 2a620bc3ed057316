import { lazy, Suspense, useEffect } from 'react';
import { intlReady } from '../i18n/store';
import { useVault } from '../state/vault';
import { useOnceTrue } from '../ui/useOnceTrue';

// The strip, its shortcuts and the End my shift dialog load once someone unlocks, not with the first screen (react-intl with them: their messages count).
const SignedInStrip = lazy(async () => ({ default: (await Promise.all([import('./SignedInStrip'), intlReady()]))[0].SignedInStrip }));

/**
 * The header's place for whoever is signed in. It asks for the vault status at start; once a profile
 * has been unlocked the strip stays mounted, so ending a shift can finish (and place focus) after the lock.
 */
export function SignedIn() {
  const unlocked = useVault((s) => Boolean(s.status?.unlocked));
  const load = useVault((s) => s.load);
  const stripNeeded = useOnceTrue(unlocked);

  useEffect(() => {
    if (!useVault.getState().status) void load();
  }, [load]);

  return stripNeeded ? (
    <Suspense fallback={null}>
      <SignedInStrip />
    </Suspense>
  ) : null;
}
