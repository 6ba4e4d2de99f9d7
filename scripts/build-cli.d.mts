// Types for scripts/build-cli.mjs, so tests can make sure the built `parley` command is current.
export declare const CLI_OUT: string;
export declare function cliIsFresh(): boolean;
export declare function ensureCliBuilt(options?: { force?: boolean }): Promise<boolean>;
export declare function bundleForNode(entry: string, outfile: string): Promise<{ inputs: Record<string, unknown> }>;
export declare function bundleIsFresh(outputs: string[], meta: string): boolean;
