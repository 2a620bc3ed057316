import { PORTAL_NAMES, type PortalId } from '../../shared/content/ids';
import { POLICIES, POLICY_NAMES, type PolicyName, type PolicySource } from '../../shared/policy/schema';
import { usePolicy, usePolicyStore } from '../state/policy';
import './policy.css';

function shownValue(name: PolicyName, value: unknown): string {
  const definition = POLICIES[name];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, unknown>)
      .map(([portal, v]) => `${PORTAL_NAMES[portal as PortalId] ?? portal}: ${String(v)}`)
      .join('; ');
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (definition.kind === 'ceiling') return `At most ${String(value)}`;
  if (value === 'allowed' || value === 'disabled') return value === 'allowed' ? 'Allowed' : 'Turned off';
  return String(value);
}

const where = (source: PolicySource) => (source.scope === 'machine' ? 'Everyone on this computer' : 'Your user account only');

/** What the practice's IT has set on this computer, where each value came from, and what was not applied. */
export function PracticePolicyView() {
  const state = usePolicy();
  const loadError = usePolicyStore((s) => s.loadError);
  const inForce = state ? POLICY_NAMES.filter((name) => state.values[name] !== undefined) : [];
  return (
    <section className="card practice-policy" aria-labelledby="practice-policy-title">
      <h3 id="practice-policy-title">Practice policy</h3>
      <p className="help-lead">
        Your practice’s IT can set some AllyDesk settings for every computer (Group Policy or Intune on Windows, a configuration profile on a Mac, a root-owned
        file on Linux). What they set here applies to everyone and cannot be changed in AllyDesk.
      </p>
      {loadError && <p className="status-bad">{loadError}</p>}
      {state && inForce.length === 0 && <p>No practice policy is in force on this computer. Every setting is yours to choose.</p>}
      {inForce.length > 0 && (
        <table className="policy-table">
          <caption className="visually-hidden">Settings your practice’s IT has set</caption>
          <colgroup>
            <col className="policy-col-setting" />
            <col className="policy-col-value" />
            <col className="policy-col-scope" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Value</th>
              <th scope="col">Applies to</th>
              <th scope="col">Set in</th>
            </tr>
          </thead>
          <tbody>
            {inForce.map((name) => {
              const source = state!.sources[name]!;
              const definition = POLICIES[name];
              return (
                <tr key={name}>
                  <th scope="row">
                    {definition.title}
                    <span className="policy-name">{name}</span>
                    {'pending' in definition && (
                      <span className="hint">This version of AllyDesk does not have that feature yet; it will follow this setting when it does.</span>
                    )}
                  </th>
                  <td>{shownValue(name, state!.values[name])}</td>
                  <td>{where(source)}</td>
                  <td>
                    <span className="policy-location">{source.location}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {state && state.notices.length > 0 && (
        <>
          <h4>Not applied</h4>
          <ul className="policy-notices">
            {state.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </>
      )}
      {state && state.looked.length > 0 && <p className="hint">AllyDesk reads practice policy from: {state.looked.join(', ')}.</p>}
    </section>
  );
}
