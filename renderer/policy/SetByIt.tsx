import { SET_BY_IT } from '../../shared/policy/words';

/** The note beside a field the practice policy fixes; the field points at it with aria-describedby. */
export function SetByIt({ id }: { id: string }) {
  return (
    <p id={id} className="set-by-it">
      {SET_BY_IT}
    </p>
  );
}
