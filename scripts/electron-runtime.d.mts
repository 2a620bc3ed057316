type Runtime = { available: true; path: string } | { available: false; reason: string };
export declare function findElectronRuntime(root?: string): Runtime;
export declare function findUsableElectron(root?: string): Runtime;
export declare function hasDisplay(): boolean;
