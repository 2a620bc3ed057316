import type { Translation } from './define';
import type { english } from './english';

/** A complete translation: every namespace, every key (a missing one fails `tsc`, and so the build's check). */
export type Catalog = { readonly [N in keyof typeof english]: Translation<(typeof english)[N]> };
