// Types for scripts/build-server.mjs, so test hosts can start the bundled browser-mode server.
export declare const SERVER_OUT: string;
export declare const WORKER_OUT: string;
export declare function ensureServerBuilt(options?: { force?: boolean }): Promise<boolean>;
