export declare const UNPACKED: { win: string; mac: string; linux: string };
export declare function packWithStandIn(platform: 'win' | 'mac' | 'linux', work: string): Promise<string>;
