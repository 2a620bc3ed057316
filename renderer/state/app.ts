import { create } from 'zustand';
import type { AppInfo } from '../../shared/ipc/app';
import { bridge } from '../bridge';

export interface Banner {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: string;
}

interface AppState {
  info: AppInfo | null;
  banners: Banner[];
  load(): Promise<void>;
  addBanner(level: Banner['level'], message: string): void;
  dismissBanner(id: number): void;
}

let nextBannerId = 1;

/** App-wide facts (runtime, data folder) and the in-app banners. */
export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  banners: [],
  async load() {
    const [info, notices] = await Promise.all([bridge().invoke('app:info', undefined), bridge().invoke('app:notices', undefined)]);
    if (info.ok) set({ info: info.data });
    // Every screen depends on the main process: say once, at the top, why it is not answering.
    else get().addBanner('error', info.error.message);
    if (notices.ok) notices.data.forEach((message) => get().addBanner('warning', message));
  },
  addBanner(level, message) {
    set((state) => ({ banners: [...state.banners, { id: nextBannerId++, level, message }] }));
  },
  dismissBanner(id) {
    set((state) => ({ banners: state.banners.filter((banner) => banner.id !== id) }));
  },
}));
