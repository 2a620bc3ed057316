import { describe, expect, it, vi } from 'vitest';
import { createRotationDates } from './rotationDates';

describe('rotation dates', () => {
  it('starts empty, keeps a copy of what was published and tells subscribers until they leave', () => {
    const dates = createRotationDates();
    expect(dates.current()).toEqual([]);
    const listener = vi.fn();
    const leave = dates.subscribe(listener);
    const published = [{ key: 'vault:1', label: 'Front desk', changedAt: 1 }];
    dates.publish(published);
    published.push({ key: 'vault:2', label: 'Other', changedAt: 2 });
    expect(dates.current()).toEqual([{ key: 'vault:1', label: 'Front desk', changedAt: 1 }]);
    expect(listener).toHaveBeenCalledTimes(1);
    leave();
    dates.publish([]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(dates.current()).toEqual([]);
  });
});
