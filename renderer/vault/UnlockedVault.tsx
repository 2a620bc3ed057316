import { Tabs } from 'radix-ui';
import { MoveProfile } from './SharedFolder';
import { useVault } from '../state/vault';
import { ActivityLog } from './ActivityLog';
import { EntryList } from './EntryList';
import { HealthPanel } from './HealthPanel';
import { TransferPanel } from './transfer/TransferPanel';
import { VaultSettingsPanel } from './VaultSettingsPanel';
import { useT } from '../i18n/store';
import { vaultMessages as m } from './messages';

/** The unlocked profile: its logins, their health, its activity log and its settings. */
export function UnlockedVault() {
  const unlocked = useVault((s) => s.status!.unlocked!);
  const lock = useVault((s) => s.lock);
  const t = useT();
  return (
    <div>
      <div className="vault-bar card">
        <p className="vault-who">{t(m.unlockedFor, { name: <strong>{unlocked.name}</strong> })}</p>
        <div className="vault-actions">
          <button type="button" onClick={() => void lock()}>
            {t(m.lock)}
          </button>
          <button type="button" className="button-secondary" onClick={() => void lock()}>
            {t(m.switchUser)}
          </button>
        </div>
      </div>
      <Tabs.Root defaultValue="logins">
        <Tabs.List className="tabs-list" aria-label={t(m.tabsLabel)}>
          <Tabs.Trigger className="tab" value="logins">
            {t(m['tab.logins'])}
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="health">
            {t(m['tab.health'])}
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="activity">
            {t(m['tab.activity'])}
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="transfer">
            {t(m['tab.transfer'])}
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="settings">
            {t(m['tab.settings'])}
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
