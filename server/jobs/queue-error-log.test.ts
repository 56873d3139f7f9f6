import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { queueErrorLog } from './queue-error-log.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

const refused = (queue: string, worker: string) =>
  new Error(`connect ECONNREFUSED 127.0.0.1:5432 (Queue: ${queue}, Worker: ${worker})`);

describe('job queue errors while the database is down', () => {
  it('logs one line per distinct error and minute, whichever worker reported it, then how many were left out', () => {
    const { logger, lines } = capture();
    let clock = 0;
    const log = queueErrorLog(logger, 60_000, () => clock);
    for (let i = 0; i < 30; i += 1) {
      clock += 1_000;
      log(refused('term-end', `0000000${i % 3}-aaaa-bbbb-cccc-dddddddddddd`));
    }
    log(refused('screening-chunk', '00000000-aaaa-bbbb-cccc-dddddddddddd'));
    expect(lines.map((l) => (l.err as { message: string }).message)).toEqual([
      expect.stringContaining('Queue: term-end'),
      expect.stringContaining('Queue: screening-chunk'),
    ]);
    clock += 60_000;
    log(refused('term-end', '00000009-aaaa-bbbb-cccc-dddddddddddd'));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatchObject({ level: 50, msg: 'job queue error', suppressedSinceLast: 29 });
  });
});
