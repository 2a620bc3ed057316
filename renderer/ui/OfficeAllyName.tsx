import type { ReactElement } from 'react';
import { OFFICE_ALLY_NAMES, type OfficeAllyLabel, type OfficeAllyNameId } from '../../shared/content/officeAllyNames';

/**
 * One of Office Ally's on-screen words, shown as the portal shows it, in English, whatever language
 * AllyDesk is in: `lang="en"` lets a screen reader say it in English. Give the id (`name="payBill"`)
 * or a value typed as one of the list's (`label={route.target}`).
 */
export function OfficeAllyName(props: { name: OfficeAllyNameId } | { label: OfficeAllyLabel }) {
  const text = 'name' in props ? OFFICE_ALLY_NAMES[props.name] : props.label;
  return (
    <span lang="en" className="oa-name">
      {text}
    </span>
  );
}

/** The list's values as message arguments: `t(m.click, oaNames('payBill'))` → { payBill: <OfficeAllyName …/> }. */
export function oaNames<K extends OfficeAllyNameId>(...names: K[]): Record<K, ReactElement> {
  return Object.fromEntries(names.map((name) => [name, <OfficeAllyName key={name} name={name} />])) as Record<K, ReactElement>;
}
