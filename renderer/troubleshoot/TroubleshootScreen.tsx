import { useEffect, useRef } from 'react';
import { findSymptom, localizedSupportStep, localizedSymptoms, type TroubleshootStep } from '../../shared/content/symptomPaths';
import { useContent, useT } from '../i18n/store';
import { stepsTried, useTroubleshoot } from '../state/troubleshoot';
import { WithNames } from '../ui/WithNames';
import { HiddenCharacterChecker } from './HiddenCharacterChecker';
import { PortalSelect } from './PortalSelect';
import { StepActions } from './StepActions';
import { SupportChannels } from './SupportChannels';
import { SupportComposer } from './SupportComposer';
import { troubleshootMessages as m } from './messages';
import './troubleshoot.css';

function Source({ step }: { step: Pick<TroubleshootStep, 'quote' | 'source'> }) {
  const t = useT();
  return (
    <figure className="trouble-quote">
      {step.quote && <blockquote>{t(m.quote, { quote: <WithNames text={step.quote} /> })}</blockquote>}
      <figcaption className="source">{t(m.source, { source: step.source })}</figcaption>
    </figure>
  );
}

function SymptomPicker() {
  const choose = useTroubleshoot((s) => s.choose);
  const t = useT();
  const symptoms = localizedSymptoms(useContent());
  return (
    <>
      <PortalSelect />
      <h3 id="trouble-symptoms" tabIndex={-1}>
        {t(m.whatDoYouSee)}
      </h3>
      <ul className="trouble-symptoms" aria-labelledby="trouble-symptoms">
        {symptoms.map((symptom) => (
          <li key={symptom.id}>
            <button type="button" className="button-secondary trouble-symptom" onClick={() => choose(symptom.id)}>
              <WithNames text={symptom.label} />
            </button>
          </li>
        ))}
      </ul>
      <HiddenCharacterChecker />
    </>
  );
}

/** One symptom's path: the steps tried, the current step with "Did that fix it?", and finally support. */
function SymptomPath() {
  const { symptomId, stepIndex, fixed, answer, back, restart } = useTroubleshoot();
  const content = useContent();
  const symptoms = localizedSymptoms(content);
  const supportStep = localizedSupportStep(content);
  const symptom = findSymptom(symptomId, symptoms)!;
  const step = symptom.steps[stepIndex];
  const tried = stepsTried(symptomId, stepIndex, symptoms);
  const t = useT();
  const position = step ? t(m.position, { step: stepIndex + 1, total: symptom.steps.length }) : t(m.lastStep);
  return (
    <>
      <p className="trouble-symptom-label">
        <span className="muted">{t(m.problem)}</span>{' '}
        <strong>
          <WithNames text={symptom.label} />
        </strong>
      </p>
      {tried.length > 0 && step && (
        <div className="trouble-path">
          <h3 id="trouble-tried">{t(m.alreadyTried)}</h3>
          <ol aria-labelledby="trouble-tried">
            {tried.map((triedStep) => (
              <li key={triedStep.id}>
                <WithNames text={triedStep.title} /> <span className="muted">{t(m.didNotFix)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <article className="card trouble-step" aria-labelledby="trouble-step-title">
        <p className="trouble-position">{fixed ? t(m.solved) : position}</p>
        {fixed ? (
          <>
            <h3 id="trouble-step-title" tabIndex={-1}>
              {t(m.fixedTitle)}
            </h3>
            <p className="status-ok">{t(m.fixedBy, { step: step ? <WithNames text={step.title} /> : '' })}</p>
          </>
        ) : step ? (
          <>
            <h3 id="trouble-step-title" tabIndex={-1}>
              <WithNames text={step.title} />
            </h3>
            <p>
              <WithNames text={step.detail} />
            </p>
            <Source step={step} />
            {step.actions && <StepActions actions={step.actions} />}
            <fieldset className="trouble-question">
              <legend>{t(m.didThatFix)}</legend>
              <button type="button" onClick={() => answer(true)}>
                {t(m.yes)}
              </button>
              <button type="button" className="button-secondary" onClick={() => answer(false)}>
                {t(m.no)}
              </button>
            </fieldset>
          </>
        ) : (
          <>
            <h3 id="trouble-step-title" tabIndex={-1}>
              <WithNames text={supportStep.title} />
            </h3>
            <p>
              <WithNames text={supportStep.detail} />
            </p>
            <Source step={supportStep} />
            <SupportChannels now={new Date()} />
            <SupportComposer />
          </>
        )}
      </article>
      <div className="trouble-row trouble-nav">
        <button type="button" className="button-quiet" onClick={back}>
          {t(m.back)}
        </button>
        <button type="button" className="button-quiet" onClick={restart}>
          {t(m.startOver)}
        </button>
      </div>
    </>
  );
}

export function TroubleshootScreen() {
  const symptomId = useTroubleshoot((s) => s.symptomId);
  const stepIndex = useTroubleshoot((s) => s.stepIndex);
  const fixed = useTroubleshoot((s) => s.fixed);
  const shown = useRef(`${symptomId}/${stepIndex}/${fixed}`);
  const t = useT();

  // After each move (choose, answer, back, start over) focus the new heading so keyboard and
  // screen-reader users follow; not on arrival at the screen, where focus stays in the navigation.
  useEffect(() => {
    const now = `${symptomId}/${stepIndex}/${fixed}`;
    if (shown.current === now) return;
    shown.current = now;
    document.getElementById(symptomId ? 'trouble-step-title' : 'trouble-symptoms')?.focus();
  }, [symptomId, stepIndex, fixed]);

  return (
    <section aria-labelledby="trouble-title" className="trouble">
      <h2 id="trouble-title">{t(m.title)}</h2>
      <p className="muted">{t(m.lead)}</p>
      {findSymptom(symptomId) ? <SymptomPath /> : <SymptomPicker />}
    </section>
  );
}
