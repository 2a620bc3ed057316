import { describe, expect, it } from 'vitest';
import { classicCancelProblem } from './cancel';

describe('Classic cancel word', () => {
  it('accepts exactly "cancel"', () => expect(classicCancelProblem('cancel')).toBeNull());
  it.each(['Cancel', 'CANCEL', 'cancel ', ' cancel', 'cancelled', 'cancle', '', 'Cancel '])('refuses %j naming the rule', (typed) => {
    const message = classicCancelProblem(typed);
    expect(message).toMatch(/Type cancel in all lowercase letters, with no spaces: the box is case-sensitive\./);
  });
  it('says what was wrong', () => {
    expect(classicCancelProblem('Cancel')).toMatch(/^You typed "Cancel" with capital letters/);
    expect(classicCancelProblem(' cancel')).toMatch(/^There is a space before the word/);
    expect(classicCancelProblem('cancel ')).toMatch(/^There is a space after the word/);
    expect(classicCancelProblem('can\u200bcel')).toMatch(/^There is a zero-width \(invisible\) character inside the word/);
    expect(classicCancelProblem('\u00a0cancel')).toMatch(/^There is a non-breaking space before the word/);
    expect(classicCancelProblem('')).toMatch(/^The box is empty/);
    expect(classicCancelProblem('stop')).toMatch(/^You typed "stop", not cancel/);
  });
});
