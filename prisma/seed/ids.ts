import { idSource } from './util.js';

/**
 * Ids for the demo rows, made up front and looked up by a readable key, so modules can refer
 * to each other's rows without reading them back and every table goes in with one createMany.
 */
export interface Ids {
  insurer(key: string): string;
  provider(key: string): string;
  physician(key: string): string;
  partner(key: string): string;
  insured(key: string): string;
  agreement(key: string): string;
  violationType(code: string): string;
  finding(key: string): string;
  penalty(key: string): string;
  tipOff(key: string): string;
  auditRule(code: string): string;
  apiClient(key: string): string;
  user(key: string): string;
  next(): string;
}

export function createIds(startMs = Date.now()): Ids {
  const next = idSource(startMs);
  const tables = new Map<string, Map<string, string>>();
  const lookup = (table: string) => (key: string) => {
    let m = tables.get(table);
    if (!m) tables.set(table, (m = new Map()));
    let id = m.get(key);
    if (!id) m.set(key, (id = next()));
    return id;
  };
  return {
    insurer: lookup('insurer'), provider: lookup('provider'), physician: lookup('physician'), partner: lookup('partner'),
    insured: lookup('insured'), agreement: lookup('agreement'), violationType: lookup('violationType'),
    finding: lookup('finding'), penalty: lookup('penalty'), tipOff: lookup('tipOff'), auditRule: lookup('auditRule'),
    apiClient: lookup('apiClient'), user: lookup('user'), next,
  };
}
