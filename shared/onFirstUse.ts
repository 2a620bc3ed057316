/**
 * A function that builds its value the first time it is called and returns that same value ever
 * after. For a set of zod schemas: constructing schemas at import cost the main process tens of
 * milliseconds at every start (zod binds dozens of methods onto each one); built on first use, a
 * concern pays when it first parses. Call it where you parse, not at module level, or the import
 * builds them after all.
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
