import type { LockTriggers, VaultSettings } from '../../shared/ipc/vault';
import { LOCK_NOW_SHORTCUT } from '../desk/shortcuts';

/** Each thing that locks the vault by itself, one plain sentence and its state on this computer. */
export function lockTriggerLines(triggers: LockTriggers, settings: VaultSettings): { name: string; state: string; sentence: string }[] {
  const minutes = `${settings.idleLockMinutes} minute${settings.idleLockMinutes === 1 ? '' : 's'}`;
  return [
    {
      name: 'Idle',
      state: 'On',
      sentence:
        triggers.idle === 'system'
          ? `Locks after ${minutes} with no keyboard or mouse use anywhere on this computer, with a warning and a countdown a minute before.`
          : `Locks after ${minutes} with no use of AllyDesk itself (browser mode cannot see other programs), with a warning and a countdown a minute before.`,
    },
    {
      name: 'Screen lock',
      state: triggers.screenLock ? 'On' : 'Not available here',
      sentence: triggers.screenLock
        ? 'Locks when you lock the computer (Windows+L, Control+Command+Q).'
        : 'This computer does not tell AllyDesk when its screen locks (Linux, browser mode): the idle lock still applies.',
    },
    {
      name: 'Sleep',
      state: triggers.sleep ? 'On' : 'Not available here',
      sentence: triggers.sleep
        ? 'Locks when the computer goes to sleep.'
        : 'Browser mode is not told of sleep; after waking, the idle lock has already run out.',
    },
    {
      name: 'Switching user',
      state: triggers.userSwitch ? 'On' : 'Not available here',
      sentence: triggers.userSwitch
        ? 'Locks when someone switches to another user account on this computer (on Windows switching user locks the screen first).'
        : 'This computer does not tell AllyDesk when another user account takes over: the idle lock still applies.',
    },
    { name: 'Quitting', state: 'On', sentence: 'Locks and clears a copied password when AllyDesk closes.' },
    { name: 'Lock now', state: LOCK_NOW_SHORTCUT.label, sentence: `Press ${LOCK_NOW_SHORTCUT.label} on any screen, or the Lock button at the top.` },
  ];
}

export function LockTriggersPanel({ triggers, settings }: { triggers: LockTriggers; settings: VaultSettings }) {
  return (
    <section className="card" aria-labelledby="vault-triggers-title">
      <h3 id="vault-triggers-title">What locks your passwords</h3>
      <table>
        <caption className="visually-hidden">What locks your passwords</caption>
        <thead>
          <tr>
            <th scope="col">Trigger</th>
            <th scope="col">Here</th>
            <th scope="col">What happens</th>
          </tr>
        </thead>
        <tbody>
          {lockTriggerLines(triggers, settings).map((line) => (
            <tr key={line.name}>
              <th scope="row">{line.name}</th>
              <td>{line.state}</td>
              <td>{line.sentence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
