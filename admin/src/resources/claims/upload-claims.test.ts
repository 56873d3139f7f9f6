import { describe, expect, it } from 'vitest';
import { fileFormat, importUrl } from './upload-claims.js';

describe('claims upload request', () => {
  it('takes the format from the file name and names the insurer only when one is picked', () => {
    expect(fileFormat('2026-11.CSV')).toBe('csv');
    expect(fileFormat('claims.ndjson')).toBe('ndjson');
    expect(fileFormat('claims.jsonl')).toBe('ndjson');
    // Tab-separated: Excel's "Unicode text" (.txt) and a .tsv are read as delimited text, not as NDJSON.
    expect(fileFormat('结算明细.txt')).toBe('csv');
    expect(fileFormat('claims.TSV')).toBe('csv');
    expect(importUrl('a.csv')).toBe('/claims/import?format=csv');
    expect(importUrl('a.ndjson', 'SW5zdXJlcjox')).toBe('/claims/import?format=ndjson&insurerId=SW5zdXJlcjox');
  });
});
