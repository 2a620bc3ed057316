import { useId, useState, type FormEvent } from 'react';
import { portalSectionId } from '../../shared/content/ids';
import { portalById, type PortalTask } from '../../shared/content/portals';
import type { createTaskFinder } from '../../shared/search/taskFinder';
import { useNavigation } from '../state/navigation';
import { SourceNote } from './parts';

const EXAMPLES = [
  'download ERA 835',
  'reschedule an appointment',
  'write a SOAP note',
  'patient wants to pay a balance',
  'claims stopped syncing from our PM software',
];

type Answer = { query: string; matches: PortalTask[] } | null;

let sharedFinder: Promise<ReturnType<typeof createTaskFinder>> | null = null;
/** MiniSearch and the task index load when the finder is first used, not with the help home. */
const loadTaskFinder = () => (sharedFinder ??= import('../../shared/search/taskFinder').then((m) => m.createTaskFinder()));

/** "What do you need to do?": a typed task → the portal for it, with the reason. */
export function TaskFinder() {
  const go = useNavigation((s) => s.go);
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<Answer>(null);
  const inputId = useId();
  const hintId = useId();

  const ask = async (text: string) => {
    if (!text.trim()) return setAnswer(null);
    const finder = await loadTaskFinder();
    setAnswer({ query: text.trim(), matches: finder.find(text) });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void ask(query);
  };
  const [best, ...others] = answer?.matches ?? [];

  return (
    <section className="card help-taskfinder" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>What do you need to do?</h3>
      <form className="help-taskfinder-form" onSubmit={onSubmit} role="search" aria-label="Find the right portal">
        <div className="field">
          <label htmlFor={inputId}>Type the task in your own words</label>
          <div className="help-inline">
            <input
              id={inputId}
              aria-describedby={hintId}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onFocus={() => void loadTaskFinder()}
              autoComplete="off"
            />
            <button type="submit">Find the portal</button>
          </div>
          <p id={hintId} className="hint">
            For example “check claim status”, “update patient insurance” or “e-prescribe”.
          </p>
        </div>
      </form>
      <div className="help-examples">
        <span className="muted">Try:</span>
        {EXAMPLES.map((example) => (
          <button
            key={example}
            type="button"
            className="button-quiet help-chip"
            onClick={() => {
              setQuery(example);
              void ask(example);
            }}
          >
            {example}
          </button>
        ))}
      </div>
      <div aria-live="polite" className="help-taskfinder-answer">
        {answer && !best && (
          <p className="status-warn">
            No portal matched “{answer.query}”. Try a word like claim, ERA, appointment, insurance, SOAP note, prescription or payment — or use Search help at
            the top.
          </p>
        )}
        {best && (
          <div className="help-answer">
            <p className="help-answer-portal">
              For “{answer!.query}” use <strong>{portalById(best.portal).name}</strong>
            </p>
            <p>{best.reason}</p>
            <button type="button" className="button-secondary" onClick={() => go('portals', portalSectionId(best.portal))}>
              Show {portalById(best.portal).name}
            </button>
            <SourceNote source={best.source} />
            {others.length > 0 && <p className="muted">Also close: {others.map((task) => `${task.task} (${portalById(task.portal).name})`).join('; ')}.</p>}
          </div>
        )}
      </div>
    </section>
  );
}
