import { beforeEach, describe, expect, it } from 'vitest';
import { findSymptom } from '../../shared/content/symptomPaths';
import { EMPTY_DRAFT, stepsTried, useTroubleshoot } from './troubleshoot';

const SYMPTOM = 'locked-out';
const steps = findSymptom(SYMPTOM)!.steps;
const state = () => useTroubleshoot.getState();

beforeEach(() => useTroubleshoot.setState({ symptomId: null, stepIndex: 0, fixed: false, portalId: '', draft: EMPTY_DRAFT }));

describe('troubleshoot store', () => {
  it('walks a symptom step by step: "did not help" moves on, "fixed it" stops there', () => {
    expect(steps.length).toBeGreaterThan(1);
    state().choose(SYMPTOM);
    expect(state()).toMatchObject({ symptomId: SYMPTOM, stepIndex: 0, fixed: false });
    state().answer(false);
    expect(state().stepIndex).toBe(1);
    state().answer(true);
    expect(state()).toMatchObject({ stepIndex: 1, fixed: true });
  });

  it('after the last step comes "contact support", and answering there changes nothing', () => {
    state().choose(SYMPTOM);
    for (const _ of steps) state().answer(false);
    expect(state().stepIndex).toBe(steps.length);
    state().answer(false);
    state().answer(true);
    expect(state()).toMatchObject({ stepIndex: steps.length, fixed: false });
  });

  it('ignores an answer for an unknown symptom (a stale path)', () => {
    useTroubleshoot.setState({ symptomId: 'no-such-symptom' });
    state().answer(false);
    expect(state()).toMatchObject({ stepIndex: 0, fixed: false });
  });

  it('Back undoes "fixed it" first, then goes a step back, then back to the symptom list', () => {
    state().choose(SYMPTOM);
    state().answer(false);
    state().answer(true);
    state().back();
    expect(state()).toMatchObject({ symptomId: SYMPTOM, stepIndex: 1, fixed: false });
    state().back();
    expect(state()).toMatchObject({ symptomId: SYMPTOM, stepIndex: 0 });
    state().back();
    expect(state().symptomId).toBeNull();
  });

  it('starting over keeps the chosen portal and the support request typed so far', () => {
    state().setPortal('ehr');
    state().setDraft({ username: 'ann.frontdesk' });
    state().setDraft({ whatHappened: 'Locked out after three tries' });
    state().choose(SYMPTOM);
    state().answer(false);
    state().restart();
    expect(state()).toMatchObject({ symptomId: null, stepIndex: 0, fixed: false, portalId: 'ehr' });
    expect(state().draft).toEqual({ ...EMPTY_DRAFT, username: 'ann.frontdesk', whatHappened: 'Locked out after three tries' });
  });

  it('lists the steps tried so far, in order, for the support request', () => {
    expect(stepsTried(SYMPTOM, 2)).toEqual(steps.slice(0, 2));
    expect(stepsTried(SYMPTOM, 0)).toEqual([]);
    expect(stepsTried(null, 3)).toEqual([]);
  });
});
