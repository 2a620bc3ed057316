// Plain words without the zod schemas, so screens that only mark fixed fields stay light.

/** The words every screen uses next to a value the practice policy fixes. */
export const SET_BY_IT = "Set by your practice's IT";
