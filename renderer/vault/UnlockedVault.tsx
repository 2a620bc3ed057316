import { Tabs } from 'radix-ui';
import { MoveProfile } from './SharedFolder';
import { useVault } from '../state/vault';
import { ActivityLog } from './ActivityLog';
import { EntryList } from './EntryList';
import { HealthPanel } from './HealthPanel';
import { TransferPanel } from './transfer/TransferPanel';
import { VaultSettingsPanel } from './VaultSettingsPanel';

/** The unlocked profile: its logins, their health, its activity log and its settings. */
export function UnlockedVault() {
  const unlocked = useVault((s) => s.status!.unlocked!);
  const lock = useVault((s) => s.lock);
  return (
    <div>
      <div className="vault-bar card">
        <p className="vault-who">
          Unlocked for <strong>{unlocked.name}</strong>
        </p>
        <div className="vault-actions">
          <button type="button" onClick={() => void lock()}>
            Lock
          </button>
          <button type="button" className="button-secondary" onClick={() => void lock()}>
            Switch user
          </button>
        </div>
      </div>
      <Tabs.Root defaultValue="logins">
        <Tabs.List className="tabs-list" aria-label="Password vault">
          <Tabs.Trigger className="tab" value="logins">
            Logins
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="health">
            Password health
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="activity">
            Activity log
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="transfer">
            Import and export
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="settings">
            Settings and backup
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="logins">
          <EntryList />
        </Tabs.Content>
        <Tabs.Content value="health">
          <HealthPanel />
        </Tabs.Content>
        <Tabs.Content value="activity">
          <ActivityLog />
        </Tabs.Content>
        <Tabs.Content value="transfer">
          <TransferPanel />
        </Tabs.Content>
        <Tabs.Content value="settings">
          <VaultSettingsPanel />
          <MoveProfile />
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}
