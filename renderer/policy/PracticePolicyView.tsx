import { PORTAL_NAMES, type PortalId } from '../../shared/content/ids';
import { POLICIES, POLICY_NAMES, type PolicyName, type PolicySource } from '../../shared/policy/schema';
import { usePolicy, usePolicyStore } from '../state/policy';
import { useT, type Translate } from '../i18n/store';
import { policyMessages as m } from './messages';
import './policy.css';

/** The value as IT set it; yes/no, ceilings and allowed/turned off in words, addresses and names as they are. */
function shownValue(t: Translate, name: PolicyName, value: unknown): string {
  const definition = POLICIES[name];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, unknown>)
      .map(([portal, v]) => t(m.portalValue, { portal: PORTAL_NAMES[portal as PortalId] ?? portal, value: String(v) }))
      .join('; ');
  }
  if (typeof value === 'boolean') return t(value ? m.yes : m.no);
  if (definition.kind === 'ceiling') return t(m.atMost, { value: String(value) });
  if (value === 'allowed' || value === 'disabled') return t(value === 'allowed' ? m.allowed : m.turnedOff);
  return String(value);
}

const where = (t: Translate, source: PolicySource) => t(source.scope === 'machine' ? m.machine : m.user);

/** What the practice's IT has set on this computer, where each value came from, and what was not applied. */
export function PracticePolicyView() {
  const state = usePolicy();
  const loadError = usePolicyStore((s) => s.loadError);
  const inForce = state ? POLICY_NAMES.filter((name) => state.values[name] !== undefined) : [];
  const t = useT();
  return (
    <section className="card practice-policy" aria-labelledby="practice-policy-title">
      <h3 id="practice-policy-title">{t(m.title)}</h3>
      <p className="help-lead">{t(m.lead)}</p>
      {loadError && <p className="status-bad">{loadError}</p>}
      {state && inForce.length === 0 && <p>{t(m.none)}</p>}
      {inForce.length > 0 && (
        <table className="policy-table">
          <caption className="visually-hidden">{t(m.caption)}</caption>
          <colgroup>
            <col className="policy-col-setting" />
            <col className="policy-col-value" />
            <col className="policy-col-scope" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t(m.setting)}</th>
              <th scope="col">{t(m.value)}</th>
              <th scope="col">{t(m.appliesTo)}</th>
              <th scope="col">{t(m.setIn)}</th>
            </tr>
          </thead>
          <tbody>
            {inForce.map((name) => {
              const source = state!.sources[name]!;
              const definition = POLICIES[name];
              return (
                <tr key={name}>
                  <th scope="row">
                    {t(m[`title.${name}`])}
                    <span className="policy-name">{name}</span>
                    {'pending' in definition && <span className="hint">{t(m.pending)}</span>}
                  </th>
                  <td>{shownValue(t, name, state!.values[name])}</td>
                  <td>{where(t, source)}</td>
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
          <h4>{t(m.notApplied)}</h4>
          <ul className="policy-notices">
            {state.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </>
      )}
      {state && state.looked.length > 0 && <p className="hint">{t(m.readsFrom, { places: state.looked.join(', ') })}</p>}
    </section>
  );
}
