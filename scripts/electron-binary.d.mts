// Types of scripts/electron-binary.mjs for TypeScript callers (the e2e fixtures).
export function findElectronBinary(): { path: string | null; reason: string | null };
export function electronVersion(): string;
