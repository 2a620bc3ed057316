import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confStores } from './node';

// The browser host's real stores (conf) on real files; the Electron stores use the same wrapper.
let dataDir: string;
beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'allydesk-store-defaults-'))));
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const defaults = { products: {} as Record<string, string>, history: [] as string[], limit: 50 };
const onDisk = () => JSON.parse(readFileSync(join(dataDir, 'autopay.json'), 'utf8'));

describe('a store opened with defaults', () => {
  it('writes nothing at open (a first start writes no files), yet reads its defaults', () => {
    const store = confStores(dataDir).open('autopay', defaults);
    expect(existsSync(store.path)).toBe(false);
    expect(store.get('limit')).toBe(50);
    expect(store.store).toEqual(defaults);
    expect(existsSync(store.path)).toBe(false);
  });

  it('writes the defaults together with the first value set, as the file always looked', () => {
    const store = confStores(dataDir).open('autopay', defaults);
    store.set('history', ['paid']);
    expect(onDisk()).toEqual({ products: {}, history: ['paid'], limit: 50 });
    expect(confStores(dataDir).open('autopay', defaults).get('history')).toEqual(['paid']);
  });

  it('keeps what the file holds and fills only the keys it lacks (a file from an older version)', () => {
    writeFileSync(join(dataDir, 'autopay.json'), JSON.stringify({ limit: 7 }));
    const store = confStores(dataDir).open('autopay', defaults);
    expect(store.store).toEqual({ products: {}, history: [], limit: 7 });
    store.set('products', { cms: 'on' });
    expect(onDisk()).toEqual({ products: { cms: 'on' }, history: [], limit: 7 });
  });

  it('hands out copies: changing what get returned changes neither the defaults nor the file', () => {
    const store = confStores(dataDir).open('autopay', defaults);
    store.get('history').push('not saved');
    expect(store.get('history')).toEqual([]);
    expect(defaults.history).toEqual([]);
  });

  it('still refuses to store undefined, as conf does', () => {
    const store = confStores(dataDir).open('autopay', defaults);
    expect(() => store.set('limit', undefined as unknown as number)).toThrow(/delete/);
  });
});
