import { useT } from '../i18n/store';
import { setByItMessages as m } from './messages';
import './policy.css';

/** The note beside a field the practice policy fixes (a `Field`'s `note`, which gives it the id its control points at). */
export function SetByIt({ id }: { id?: string }) {
  const t = useT();
  return (
    <p id={id} className="set-by-it">
      {t(m.label)}
    </p>
  );
}
