/**
 * A function that builds its value the first time it is called and returns that same value ever
 * after. For a set of zod schemas: every schema constructed at import is paid for at every start of
 * the main process, before it can answer anything; built on first use, a concern pays when it first
 * parses. Call it where you parse, not at module level, or the import
 * builds them after all.
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
