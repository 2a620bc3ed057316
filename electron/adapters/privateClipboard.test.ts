import { describe, expect, it } from 'vitest';
import { electronClipboard, osFormat } from './privateClipboard';

/** A stand-in for Electron's clipboard and ClipboardItem that records each write as the OS would get it. */
function standIn() {
  const writes: Record<string, string | Blob>[] = [];
  let text = '';
  class ClipboardItem {
    constructor(readonly items: Record<string, string | Blob>) {}
  }
  const clipboard = {
    async write(items: unknown[]) {
      const [item] = items as ClipboardItem[];
      writes.push(item!.items);
      text = String(item!.items['text/plain'] ?? '');
    },
    async writeText(t: string) {
      writes.push({ 'text/plain': t });
      text = t;
    },
    readText: async () => text,
    clear: () => void (text = ''),
  };
  return { clipboard, ClipboardItem, writes };
}

const bytes = async (blob: string | Blob) => [...new Uint8Array(await (blob as Blob).arrayBuffer())];

describe('the private clipboard (Electron adapter)', () => {
  it('Windows: keeps a secret out of clipboard history, cloud sync and monitors, in the same write', async () => {
    const s = standIn();
    const adapter = electronClipboard(s.clipboard, s.ClipboardItem, 'win32');
    expect(await adapter.writeText('Pm-pass-001!', { secret: true })).toEqual({ delivered: true, marked: true });
    expect(s.writes).toHaveLength(1);
    const [item] = s.writes;
    expect(item!['text/plain']).toBe('Pm-pass-001!');
    expect(await bytes(item![osFormat('CanIncludeInClipboardHistory')]!)).toEqual([0, 0, 0, 0]);
    expect(await bytes(item![osFormat('CanUploadToCloudClipboard')]!)).toEqual([0, 0, 0, 0]);
    expect(item).toHaveProperty([osFormat('ExcludeClipboardContentFromMonitorProcessing')]);
    expect(await adapter.readText()).toBe('Pm-pass-001!');
  });

  it('macOS: org.nspasteboard.ConcealedType; Linux: x-kde-passwordManagerHint = secret', async () => {
    const mac = standIn();
    await electronClipboard(mac.clipboard, mac.ClipboardItem, 'darwin').writeText('s3cret', { secret: true });
    expect(Object.keys(mac.writes[0]!)).toEqual(['text/plain', osFormat('org.nspasteboard.ConcealedType')]);
    const linux = standIn();
    await electronClipboard(linux.clipboard, linux.ClipboardItem, 'linux').writeText('s3cret', { secret: true });
    expect(new TextDecoder().decode(new Uint8Array(await bytes(linux.writes[0]![osFormat('x-kde-passwordManagerHint')]!)))).toBe('secret');
    expect(osFormat('x-kde-passwordManagerHint')).toBe('electron application/osclipboard;format="x-kde-passwordManagerHint"');
  });

  it('ordinary text is written plainly, and a platform without markers says it did not mark', async () => {
    const s = standIn();
    expect(await electronClipboard(s.clipboard, s.ClipboardItem, 'win32').writeText('claim 12345')).toEqual({ delivered: true, marked: false });
    expect(s.writes).toEqual([{ 'text/plain': 'claim 12345' }]);
    const other = standIn();
    expect(await electronClipboard(other.clipboard, other.ClipboardItem, 'freebsd').writeText('x', { secret: true })).toEqual({
      delivered: true,
      marked: false,
    });
  });
});
