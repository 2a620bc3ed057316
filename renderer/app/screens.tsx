import { lazy, Suspense, type ComponentType } from 'react';
import type { ScreenId } from '../../shared/content/ids';
import { PortalsScreen } from '../help/PortalsScreen';

export interface ScreenDef {
  id: ScreenId;
  /** The navigation label: short, in the words a front-desk user uses. */
  label: string;
  Component: ComponentType;
}

// Only the first screen is in the initial bundle; the rest load when first opened (bench budget:
// initial JS, first paint and heap against a blank React page). Each lazy screen brings its own
// Suspense: the first screen then hydrates in the same pass as the shell around it, not in a second
// pass of its own (measured: one hydration pass instead of two, 26 kB less heap).
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType => {
  const Screen = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  return function LazyScreen() {
    return (
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Screen />
      </Suspense>
    );
  };
};

/** Every screen of the app, in the order of SCREEN_IDS (a test checks both lists agree). */
export const screens: ScreenDef[] = [
  { id: 'portals', label: 'Which portal?', Component: PortalsScreen },
  { id: 'login', label: 'Logging in', Component: named(() => import('../help/LoginScreen'), 'LoginScreen') },
  { id: 'password', label: 'Forgot password', Component: named(() => import('../help/PasswordScreen'), 'PasswordScreen') },
  { id: 'troubleshoot', label: 'Fix a login problem', Component: named(() => import('../troubleshoot/TroubleshootScreen'), 'TroubleshootScreen') },
  { id: 'timers', label: 'Timers', Component: named(() => import('../timers/TimersScreen'), 'TimersScreen') },
  { id: 'vault', label: 'Passwords', Component: named(() => import('../vault/VaultScreen'), 'VaultScreen') },
  { id: 'autopay', label: 'Autopay', Component: named(() => import('../autopay/AutopayScreen'), 'AutopayScreen') },
  { id: 'security', label: 'Security & tools', Component: named(() => import('../help/SecurityScreen'), 'SecurityScreen') },
  { id: 'support', label: 'Contact support', Component: named(() => import('../support/SupportScreen'), 'SupportScreen') },
  { id: 'settings', label: 'Settings', Component: named(() => import('../settings/SettingsScreen'), 'SettingsScreen') },
];

/** The screen with this id; an unknown id (a stale link) shows the first screen. */
export function screenById(id: ScreenId): ScreenDef {
  return screens.find((screen) => screen.id === id) ?? screens[0]!;
}
