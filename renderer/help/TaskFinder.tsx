import { useId, useState, type FormEvent } from 'react';
import { portalSectionId } from '../../shared/content/ids';
import { localizedPortals, localizedPortalTasks, type PortalTask } from '../../shared/content/portals';
import type { LocalizedContent } from '../../shared/content/localized';
import type { createTaskFinder } from '../../shared/search/taskFinder';
import { useNavigation } from '../state/navigation';
import { SourceNote } from './parts';
import { intlReady, useContent, useT } from '../i18n/store';
import { taskFinderMessages as m } from './portalsMessages';

const EXAMPLES_EN = [
  'download ERA 835',
  'reschedule an appointment',
  'write a SOAP note',
  'patient wants to pay a balance',
  'claims stopped syncing from our PM software',
];

type Answer = { query: string; matches: PortalTask[] } | null;

const finders = new Map<LocalizedContent | undefined, Promise<ReturnType<typeof createTaskFinder>>>();
/** MiniSearch and the task index load when the finder is first used, not with the help home; one index per language. */
const loadTaskFinder = (content: LocalizedContent | undefined) => {
  let finder = finders.get(content);
  if (!finder) {
    finder = Promise.all([import('../../shared/search/taskFinder'), intlReady()]).then(([module]) => module.createTaskFinder(localizedPortalTasks(content)));
    finders.set(content, finder);
  }
  return finder;
};

/** "What do you need to do?": a typed task → the portal for it, with the reason. */
export function TaskFinder() {
  const go = useNavigation((s) => s.go);
  const t = useT();
  const content = useContent();
  const portalName = (id: PortalTask['portal']) => localizedPortals(content).find((portal) => portal.id === id)!.name;
  const examples = content?.taskExamples ?? EXAMPLES_EN;
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<Answer>(null);
  const inputId = useId();
  const hintId = useId();

  const ask = async (text: string) => {
    if (!text.trim()) return setAnswer(null);
    const finder = await loadTaskFinder(content);
    setAnswer({ query: text.trim(), matches: finder.find(text) });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void ask(query);
  };
  const [best, ...others] = answer?.matches ?? [];

  return (
    <section className="card help-taskfinder" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t(m.title)}</h3>
      <form className="help-taskfinder-form" onSubmit={onSubmit} role="search" aria-label={t(m.formLabel)}>
        <div className="field">
          <label htmlFor={inputId}>{t(m.inputLabel)}</label>
          <div className="help-inline">
            <input
              id={inputId}
              aria-describedby={hintId}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onFocus={() => void loadTaskFinder(content)}
              autoComplete="off"
            />
            <button type="submit">{t(m.submit)}</button>
          </div>
          <p id={hintId} className="hint">
            {t(m.hint)}
          </p>
        </div>
      </form>
      <div className="help-examples">
        <span className="muted">{t(m.try)}</span>
        {examples.map((example) => (
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
        {answer && !best && <p className="status-warn">{t(m.nothing, { query: answer.query })}</p>}
        {best && (
          <div className="help-answer">
            <p className="help-answer-portal">{t(m.answer, { query: answer!.query, portal: <strong>{portalName(best.portal)}</strong> })}</p>
            <p>{best.reason}</p>
            <button type="button" className="button-secondary" onClick={() => go('portals', portalSectionId(best.portal))}>
              {t(m.show, { portal: portalName(best.portal) })}
            </button>
            <SourceNote source={best.source} />
            {others.length > 0 && (
              <p className="muted">
                {t(m.alsoClose, { tasks: others.map((task) => t(m.alsoCloseItem, { task: task.task, portal: portalName(task.portal) })).join('; ') })}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
