import { describe, expect, it } from 'vitest';
import { pinProblem } from './pin';

describe('pinProblem', () => {
  it.each(['1234', '0000', '1111', '1212', '2580', '4321', '7890', '98765', '123123', '777777', '1122', '6969'])('refuses the easily guessed %s', (pin) => {
    expect(pinProblem(pin)).not.toBeNull();
  });
  it.each(['1987', '2024', '031589', '15031989', '19890315'])('refuses the year or date %s', (pin) => {
    expect(pinProblem(pin)).toMatch(/year or a date/);
  });
  it('says what is wrong with the length and the characters', () => {
    expect(pinProblem('482')).toBe('Use 4 to 8 digits.');
    expect(pinProblem('482915736')).toBe('Use 4 to 8 digits.');
    expect(pinProblem('48a1')).toBe('Use digits only.');
  });
  it.each(['4829', '5817', '903582', '69035817'])('accepts %s', (pin) => {
    expect(pinProblem(pin)).toBeNull();
  });
});
