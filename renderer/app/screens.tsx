import { lazy, Suspense, type ComponentType } from 'react';
import type { ScreenId } from '../../shared/content/ids';
import { PortalsScreen } from '../help/PortalsScreen';
import type { Msg } from '../i18n/define';
import { intlReady, useT } from '../i18n/store';
import { shellMessages as m } from './messages';

export interface ScreenDef {
  id: ScreenId;
  /** The navigation label: short, in the words a front-desk user uses. */
  label: Msg;
  Component: ComponentType;
}

// Only the first screen is in the initial bundle; the rest load when first opened (bench budget:
// initial JS, first paint and heap against a blank React page). Each lazy screen brings its own
// Suspense: the first screen then hydrates in the same pass as the shell around it, not in a second
// pass of its own (measured: one hydration pass instead of two, 26 kB less heap).
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType => {
  // react-intl comes with the first lazy screen: the screen's messages may need more than the startup formatter.
  const Screen = lazy<ComponentType>(async () => ({ default: (await Promise.all([load(), intlReady()]))[0][name] }));
  return function LazyScreen() {
    const t = useT();
    return (
      <Suspense fallback={<p className="muted">{t(m.loading)}</p>}>
        <Screen />
      </Suspense>
    );
  };
};

/** Every screen of the app, in the order of SCREEN_IDS (a test checks both lists agree). */
export const screens: ScreenDef[] = [
  { id: 'portals', label: m['screen.portals'], Component: PortalsScreen },
  { id: 'login', label: m['screen.login'], Component: named(() => import('../help/LoginScreen'), 'LoginScreen') },
  { id: 'password', label: m['screen.password'], Component: named(() => import('../help/PasswordScreen'), 'PasswordScreen') },
  { id: 'troubleshoot', label: m['screen.troubleshoot'], Component: named(() => import('../troubleshoot/TroubleshootScreen'), 'TroubleshootScreen') },
  { id: 'timers', label: m['screen.timers'], Component: named(() => import('../timers/TimersScreen'), 'TimersScreen') },
  { id: 'vault', label: m['screen.vault'], Component: named(() => import('../vault/VaultScreen'), 'VaultScreen') },
  { id: 'autopay', label: m['screen.autopay'], Component: named(() => import('../autopay/AutopayScreen'), 'AutopayScreen') },
  { id: 'security', label: m['screen.security'], Component: named(() => import('../help/SecurityScreen'), 'SecurityScreen') },
  { id: 'support', label: m['screen.support'], Component: named(() => import('../support/SupportScreen'), 'SupportScreen') },
  { id: 'settings', label: m['screen.settings'], Component: named(() => import('../settings/SettingsScreen'), 'SettingsScreen') },
];

/** The screen with this id; an unknown id (a stale link) shows the first screen. */
export function screenById(id: ScreenId): ScreenDef {
  return screens.find((screen) => screen.id === id) ?? screens[0]!;
}
