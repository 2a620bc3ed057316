import type { ClipboardAdapter } from './types';

/** A raw OS clipboard format in Electron's W3C-style clipboard API (Electron 44+). */
export const osFormat = (name: string) => `electron application/osclipboard;format="${name}"`;

const DWORD_ZERO = new Uint8Array(4); // a 32-bit 0: "no"

/**
 * The formats that tell clipboard history, cloud sync and clipboard managers to skip a copied secret.
 * - Windows: ExcludeClipboardContentFromMonitorProcessing (any data: monitors ignore the item),
 *   CanIncludeInClipboardHistory = 0 and CanUploadToCloudClipboard = 0 (Win+V history, cloud sync).
 * - macOS: org.nspasteboard.ConcealedType (the nspasteboard.org convention clipboard managers honour).
 * - Linux: x-kde-passwordManagerHint = "secret" (KDE Klipper; other Linux clipboard managers may not look).
 */
export function secretMarkers(platform: NodeJS.Platform): Record<string, Uint8Array> {
  if (platform === 'win32') {
    return {
      [osFormat('ExcludeClipboardContentFromMonitorProcessing')]: new Uint8Array(0),
      [osFormat('CanIncludeInClipboardHistory')]: DWORD_ZERO,
      [osFormat('CanUploadToCloudClipboard')]: DWORD_ZERO,
    };
  }
  if (platform === 'darwin') return { [osFormat('org.nspasteboard.ConcealedType')]: new Uint8Array(0) };
  if (platform === 'linux') return { [osFormat('x-kde-passwordManagerHint')]: new TextEncoder().encode('secret') };
  return {};
}

/** The slice of Electron's clipboard module used here (tests pass a stand-in). */
export interface ElectronClipboardApi {
  write(items: unknown[]): Promise<void>;
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
  clear(): void;
}
type ClipboardItemClass = new (items: Record<string, string | Blob>) => unknown;

/**
 * The Electron clipboard adapter. A secret goes on the clipboard in one atomic write together with
 * its markers, so no clipboard watcher ever sees it unmarked.
 */
export function electronClipboard(clipboard: ElectronClipboardApi, ClipboardItem: ClipboardItemClass, platform: NodeJS.Platform): ClipboardAdapter {
  return {
    async writeText(text, options) {
      const markers = options?.secret ? secretMarkers(platform) : {};
      if (Object.keys(markers).length === 0) {
        await clipboard.writeText(text);
        return { delivered: true, marked: false };
      }
      const item: Record<string, string | Blob> = { 'text/plain': text };
      for (const [format, data] of Object.entries(markers)) item[format] = new Blob([data as Uint8Array<ArrayBuffer>]);
      await clipboard.write([new ClipboardItem(item)]);
      return { delivered: true, marked: true };
    },
    readText: () => clipboard.readText(),
    async clear() {
      clipboard.clear();
    },
  };
}
