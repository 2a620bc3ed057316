import type { ComponentType } from 'react';
import { HelpScreen } from '../help/HelpScreen';
import { VaultScreen } from '../vault/VaultScreen';

export interface ScreenDef {
  id: string;
  /** The navigation label: short, in the words a front-desk user uses. */
  label: string;
  Component: ComponentType;
}

/** Every screen of the app, in navigation order. Features add themselves here. */
export const screens: ScreenDef[] = [
  { id: 'help', label: 'Help', Component: HelpScreen },
  { id: 'vault', label: 'Passwords', Component: VaultScreen },
];
