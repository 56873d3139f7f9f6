import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to the embedded database with demo data in development', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ env: 'development', port: 4000, databaseUrl: undefined, seedDemo: true, introspection: true });
    expect(c.rateLimitPerMinute).toBe(0);
    expect(c).toMatchObject({ jobHeartbeatSeconds: 30, jobSuperviseSeconds: 30, auditPollMs: 2000 });
  });

  it('hardens production: no introspection, rate limit on, no demo seed on PostgreSQL', () => {
    const c = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://u:p@db:5432/hub' });
    expect(c).toMatchObject({ introspection: false, seedDemo: false, rateLimitPerMinute: 3000 });
  });

  it('takes a comma-separated list of browser origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://console.example.org, http://localhost:5173' }).corsOrigins).toEqual([
      'https://console.example.org',
      'http://localhost:5173',
    ]);
  });

  it('takes term-job intervals that repeat evenly, 0 turning the job off', () => {
    for (const minutes of [0, 1, 15, 30, 60, 180, 1440]) {
      expect(loadConfig({ TERM_JOB_INTERVAL_MINUTES: String(minutes) }).termJobIntervalMinutes).toBe(minutes);
    }
    expect(loadConfig({}).termJobIntervalMinutes).toBe(60);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
  });

  it.each([
    [{ DATABASE_URL: 'not-a-url' }, /DATABASE_URL/],
    [{ DATABASE_URL: 'mysql://u:p@h/db' }, /DATABASE_URL/],
    [{ PORT: '70000' }, /PORT must be a port number from 0 to 65535/],
    // zod's own words were "PORT Invalid input: expected number, received NaN".
    [{ PORT: 'abc' }, /PORT must be a port number from 0 to 65535/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    // pg-boss refuses a heartbeat under 10 s: said at start, not when the first job is sent.
    [{ JOB_HEARTBEAT_SECONDS: '5' }, /JOB_HEARTBEAT_SECONDS/],
    // Origins the CORS check would never match: silently no browser allowed.
    [{ CORS_ORIGINS: '*' }, /CORS_ORIGINS must list origins such as https:\/\/console\.example\.org.*not "\*"/],
    [{ CORS_ORIGINS: 'https://a.example.org, console.example.org' }, /CORS_ORIGINS .*not "console\.example\.org"/],
    [{ CORS_ORIGINS: 'https://console.example.org/' }, /CORS_ORIGINS/],
    // A cron step that does not divide the hour or the day repeats unevenly; these were rounded
    // silently (90 ran every 2 hours, 0.5 every minute).
    [{ TERM_JOB_INTERVAL_MINUTES: '7' }, /TERM_JOB_INTERVAL_MINUTES must be 0 \(off\), minutes dividing an hour/],
    [{ TERM_JOB_INTERVAL_MINUTES: '90' }, /TERM_JOB_INTERVAL_MINUTES must be/],
    [{ TERM_JOB_INTERVAL_MINUTES: '0.5' }, /TERM_JOB_INTERVAL_MINUTES must be/],
    [{ TERM_JOB_INTERVAL_MINUTES: '2880' }, /TERM_JOB_INTERVAL_MINUTES must be/],
    [{ TERM_JOB_INTERVAL_MINUTES: 'hourly' }, /TERM_JOB_INTERVAL_MINUTES/],
  ])('refuses %o with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    const variable = Object.keys(env)[0]!;
    expect(() => loadConfig(env)).toThrow(` / 配置错误：环境变量 ${variable} 的值无效`);
  });
});
