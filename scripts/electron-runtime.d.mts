export declare function findElectronRuntime(
  root?: string,
): { available: true; path: string } | { available: false; reason: string };
