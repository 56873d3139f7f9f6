// The operator's scripts open the database as the hub does; a mistake the operator can fix ends
// them with one line and exit 1, as it ends the hub (server/main.ts), not with a stack.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('operator scripts refuse an unusable database with one line', () => {
  it.each([
    ['create-user', 'scripts/create-user.ts', ['--username', 'ops', '--name', 'Ops'], { HUB_PASSWORD: 'Str0ng-pass-2026' }],
    ['claims:import', 'scripts/claims-import.ts', ['/dev/null', '--insurer', 'MAS'], {}],
  ] as const)('%s', (name, script, args, env) => {
    const result = run(script, [...args], { ...env, DATABASE_URL: 'postgresql://hub:secret-pw@127.0.0.1:1/hub' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${name}: cannot use the database at 127\\.0\\.0\\.1:1/hub: `))]);
    expect(result.stderr).not.toContain('secret-pw');
  });
});
