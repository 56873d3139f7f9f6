// Types of setup.mjs (plain JavaScript: it runs before anything is installed).
export const root: string;
export function run(command: string, args: string[], options?: object): void;
export function ensureDependencies(): void;
export function ensureAdminBuild(): void;
export function installMatchesLock(lock: unknown, installed: unknown): boolean;
