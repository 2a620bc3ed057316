import { Fragment } from 'react';
import { OFFICE_ALLY_NAMES, type OfficeAllyNameId } from '../../shared/content/officeAllyNames';
import { OfficeAllyName } from './OfficeAllyName';

/** A help text whose `{id}`s are Office Ally's words: each shown in English, lang="en" (see OfficeAllyName). */
export function WithNames({ text }: { text: string }) {
  if (!text.includes('{')) return text;
  const parts = text.split(/\{(\w+)\}/);
  return parts.map((part, i) =>
    i % 2 === 0 ? (
      <Fragment key={i}>{part}</Fragment>
    ) : Object.hasOwn(OFFICE_ALLY_NAMES, part) ? (
      <OfficeAllyName key={i} name={part as OfficeAllyNameId} />
    ) : (
      <Fragment key={i}>{`{${part}}`}</Fragment>
    ),
  );
}
