import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import { channels } from '../ipc';

/**
 * Every channel's input must refuse keys it does not know, at every depth: a stripped key is a
 * request silently read as something else (`{"input":{},"data":{}}` once wiped the practice's
 * overrides). This walks each input schema and lists every object schema that is not strict.
 */
type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Types that cannot hold an object schema. */
const LEAVES = new Set([
  'string',
  'number',
  'int',
  'boolean',
  'bigint',
  'symbol',
  'null',
  'undefined',
  'void',
  'never',
  'date',
  'enum',
  'literal',
  'nan',
  'template_literal',
  'file',
]);

/** Dotted paths of the object schemas under `schema` that would drop unknown keys. */
function nonStrictObjects(schema: z.ZodMiniType, path = '(input)', seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (child: unknown, at: string) => nonStrictObjects(child as z.ZodMiniType, at, seen);
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall ? defOf(def.catchall).type : undefined;
      const own = catchall === 'never' ? [] : [`${path} (${catchall === undefined ? 'strips' : 'passes through'} unknown keys)`];
      const shape = def.shape as Record<string, unknown>;
      return [...own, ...Object.entries(shape).flatMap(([key, child]) => walk(child, `${path}.${key}`))];
    }
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'union':
      return (def.options as unknown[]).flatMap((option, i) => walk(option, `${path}|${i}`));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'tuple':
      return [...(def.items as unknown[]).flatMap((item, i) => walk(item, `${path}[${i}]`)), ...(def.rest ? walk(def.rest, `${path}[...]`) : [])];
    case 'record':
    case 'map':
      return [...walk(def.keyType, `${path}{key}`), ...walk(def.valueType, `${path}{value}`)];
    case 'set':
      return walk(def.valueType, `${path}{item}`);
    case 'pipe': {
      // `z.string().transform(f)` is a pipe into a transform: the transform only ever sees what `in` let through.
      const out = def.out as { _zod: { def: { type: string } } };
      return [...walk(def.in, path), ...(out._zod.def.type === 'transform' ? [] : walk(def.out, path))];
    }
    case 'optional':
    case 'nullable':
    case 'nonoptional':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'success':
    case 'promise':
      return walk(def.innerType, path);
    case 'lazy':
      return walk((def.getter as () => unknown)(), path);
    default:
      if (LEAVES.has(def.type)) return [];
      // any, unknown, custom, transform, function: nothing to walk, and nothing a request should carry.
      return [`${path} (${def.type}: accepts anything)`];
  }
}

describe('channel inputs are strict', () => {
  it('the walker finds a non-strict object at any depth (the check is real)', () => {
    const deep = z.strictObject({
      a: z.optional(z.array(z.union([z.strictObject({ ok: z.string() }), z.object({ loose: z.string() })]))),
      b: z._default(z.record(z.string(), z.looseObject({})), {}),
      c: z.nullable(z.strictObject({ d: z.lazy(() => z.object({})) })),
      e: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('x') }), z.object({ kind: z.literal('y') })]),
      f: z.pipe(
        z.transform((s: unknown) => String(s)),
        z.string(),
      ),
      h: z.pipe(
        z.pipe(
          z.string().check(z.trim()),
          z.transform((s) => s.length),
        ),
        z.number(),
      ),
      g: z.unknown(),
    });
    expect(nonStrictObjects(deep)).toEqual([
      '(input).a[]|1 (strips unknown keys)',
      '(input).b{value} (passes through unknown keys)',
      '(input).c.d (strips unknown keys)',
      '(input).e|1 (strips unknown keys)',
      '(input).f (transform: accepts anything)',
      '(input).g (unknown: accepts anything)',
    ]);
    expect(nonStrictObjects(z.strictObject({ a: z.array(z.strictObject({ b: z.number() })) }))).toEqual([]);
  });

  it.each(Object.keys(channels))('%s refuses unknown keys at every level of its input', (name) => {
    const spec = channels[name as keyof typeof channels];
    expect(nonStrictObjects(spec.input)).toEqual([]);
  });
});
