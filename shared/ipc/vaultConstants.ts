// Plain vault constants without the zod schemas, so the renderer's always-loaded vault alerts
// don't pull the schema library into every window (it weighed on first paint and heap).

/** Seconds a revealed password stays on screen. */
export const REVEAL_SECONDS = 15;
