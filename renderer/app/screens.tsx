import type { ComponentType } from 'react';
import { LoginScreen } from '../help/LoginScreen';
import { PasswordScreen } from '../help/PasswordScreen';
import { PortalsScreen } from '../help/PortalsScreen';
import { SecurityScreen } from '../help/SecurityScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SupportScreen } from '../support/SupportScreen';
import { TimersScreen } from '../timers/TimersScreen';
import { TroubleshootScreen } from '../troubleshoot/TroubleshootScreen';

export interface ScreenDef {
  id: string;
  /** The navigation label: short, in the words a front-desk user uses. */
  label: string;
  Component: ComponentType;
}

/** Every screen of the app, in navigation order. */
export const screens: ScreenDef[] = [
  { id: 'portals', label: 'Which portal?', Component: PortalsScreen },
  { id: 'login', label: 'Logging in', Component: LoginScreen },
  { id: 'password', label: 'Forgot password', Component: PasswordScreen },
  { id: 'troubleshoot', label: 'Fix a login problem', Component: TroubleshootScreen },
  { id: 'timers', label: 'Timers', Component: TimersScreen },
  { id: 'security', label: 'Security & tools', Component: SecurityScreen },
  { id: 'support', label: 'Contact support', Component: SupportScreen },
  { id: 'settings', label: 'Settings', Component: SettingsScreen },
];
