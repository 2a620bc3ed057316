import { SET_BY_IT } from '../../shared/policy/words';
import './policy.css';

/** The note beside a field the practice policy fixes (a `Field`'s `note`, which gives it the id its control points at). */
export function SetByIt({ id }: { id?: string }) {
  return (
    <p id={id} className="set-by-it">
      {SET_BY_IT}
    </p>
  );
}
