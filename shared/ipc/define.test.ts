import { describe, expect, it, vi } from 'vitest';
import { z } from '../zod';
import { channels } from '../ipc';
import { builtOnFirstUse, defineChannels } from './define';

describe('channel specs built on first use', () => {
  it('builds nothing when defined, and once when first read', () => {
    const build = vi.fn(() => ({ 'demo:ping': { input: z.void(), output: z.literal('pong') } }));
    const demo = defineChannels(build);
    expect(build).not.toHaveBeenCalled();
    expect(demo['demo:ping'].output.parse('pong')).toBe('pong');
    expect(Object.keys(demo)).toEqual(['demo:ping']);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('reads like the plain object: keys, `in`, Object.hasOwn, a spread', () => {
    const lazy = builtOnFirstUse(() => ({ a: 1, b: 2 }));
    expect('a' in lazy).toBe(true);
    expect(Object.hasOwn(lazy, 'b')).toBe(true);
    expect(Object.hasOwn(lazy, 'c')).toBe(false);
    expect({ ...lazy }).toEqual({ a: 1, b: 2 });
  });

  it('cannot be changed from outside (the contract is one list)', () => {
    const lazy = builtOnFirstUse((): Record<string, number> => ({ a: 1 }));
    expect(() => {
      'use strict';
      lazy.a = 2;
    }).toThrow(TypeError);
    expect(lazy.a).toBe(1);
  });

  it('holds every channel of the contract, each with its input and output schema', () => {
    const names = Object.keys(channels);
    expect(names).toContain('vault:unlock');
    expect(names).toContain('app:info');
    for (const name of names) {
      const spec = channels[name as keyof typeof channels];
      expect(spec.input).toBeInstanceOf(z.ZodMiniType);
      expect(spec.output).toBeInstanceOf(z.ZodMiniType);
    }
  });
});
