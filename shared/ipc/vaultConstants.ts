// Plain vault constants without the zod schemas, so the renderer's always-loaded vault alerts
// don't pull the schema library into every window (it weighed on first paint and heap).

/** Seconds a revealed password stays on screen. */
export const REVEAL_SECONDS = 15;

/** What a profile's or a saved login's id looks like (random base64url): in requests, file names and files. */
export const VAULT_ID_CHARS = '[A-Za-z0-9_-]{8,64}';
export const VAULT_ID = new RegExp(`^${VAULT_ID_CHARS}$`);
