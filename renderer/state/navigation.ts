import { create } from 'zustand';
import type { ScreenId } from '../../shared/content/ids';

/**
 * Which screen is showing, and which section inside it to bring into view. Search results,
 * the troubleshooter and banners navigate through here so there is one way to move.
 */
interface NavigationState {
  screen: ScreenId;
  section: string | null;
  go(screen: ScreenId, section?: string | null): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  screen: 'portals',
  section: null,
  go: (screen, section = null) => set({ screen, section }),
}));
