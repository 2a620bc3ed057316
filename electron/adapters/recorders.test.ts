import { describe, expect, it } from 'vitest';
import { RecordingLinks, RecordingNotifications } from './recorders';

describe('recording adapters', () => {
  it('record every link; the browser host says it opened none, the desktop under test says it opened each', async () => {
    const host = new RecordingLinks();
    const desktop = new RecordingLinks({ opened: true });
    expect(await host.open('https://www.officeally.com/')).toEqual({ opened: false });
    expect(await desktop.open('https://www.officeally.com/')).toEqual({ opened: true });
    expect([host.opened, desktop.opened]).toEqual([['https://www.officeally.com/'], ['https://www.officeally.com/']]);
  });

  it('record notifications with the time they were raised and tell listeners until they stop listening', () => {
    let now = 1000;
    const notifications = new RecordingNotifications(() => now);
    const heard: string[] = [];
    const off = notifications.onNotify((note) => heard.push(note.title));
    notifications.notify({ title: 'Lockout over', body: 'Try Practice Mate again.' });
    off();
    now = 2000;
    notifications.notify({ title: 'Session ending', body: 'Still working?' });
    expect(notifications.sent).toEqual([
      { title: 'Lockout over', body: 'Try Practice Mate again.', at: 1000 },
      { title: 'Session ending', body: 'Still working?', at: 2000 },
    ]);
    expect(heard).toEqual(['Lockout over']);
  });
});
