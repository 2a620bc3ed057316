import type { Catalog } from '../catalog';

export const timers: Catalog['timers'] = {};
