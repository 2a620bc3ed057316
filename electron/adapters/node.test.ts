import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClipboardTool, RecordingClipboard } from './node';

describe('browser-host clipboard twin', () => {
  it('reports delivered: false where no clipboard command exists, and still records', async () => {
    const clipboard = new RecordingClipboard(findClipboardTool({ PATH: '/nonexistent' }, 'linux'));
    expect(await clipboard.writeText('Pm-pass-001!', { secret: true })).toEqual({ delivered: false, marked: false });
    expect(await clipboard.readText()).toBe('Pm-pass-001!');
  });

  it('uses the desktop clipboard command with the value on stdin, never in argv', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'allydesk-clip-'));
    const store = join(bin, 'clip.txt');
    const argvLog = join(bin, 'argv.txt');
    // A stand-in xclip: -o prints the stored text, otherwise stores stdin.
    writeFileSync(
      join(bin, 'xclip'),
      `#!/bin/sh\necho "$@" >> "${argvLog}"\nfor a in "$@"; do [ "$a" = "-o" ] && exec cat "${store}"; done\ncat > "${store}"\n`,
    );
    chmodSync(join(bin, 'xclip'), 0o755);
    const tool = findClipboardTool({ PATH: bin, DISPLAY: ':0' }, 'linux');
    expect(tool?.write[0]).toBe(join(bin, 'xclip'));
    const clipboard = new RecordingClipboard(tool);
    // Delivered, but the plain-text clipboard commands cannot mark it as a secret: it says so.
    expect(await clipboard.writeText('Pm-pass-001! ', { secret: true })).toEqual({ delivered: true, marked: false });
    expect(clipboard.writes).toEqual([{ secret: true }]);
    expect(readFileSync(store, 'utf8')).toBe('Pm-pass-001! ');
    expect(await clipboard.readText()).toBe('Pm-pass-001! ');
    await clipboard.clear();
    expect(readFileSync(store, 'utf8')).toBe('');
    expect(readFileSync(argvLog, 'utf8')).not.toContain('Pm-pass');
  });
});
