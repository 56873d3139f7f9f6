import { describeRule } from './harness.js';
import { readmission } from './readmission.js';

/**
 * A long stay settled in parts (中途结算): the first part, 1 February to 2 March, settled on its
 * last day; the next part at the same hospital from `nextAdmittedOn` to 12 March, the same
 * pneumonia first on both. A part marked interim and followed the same day is one stay going on;
 * the same two claims without the mark, or with a day between them, are a discharge and a
 * readmission within 15 days for the same condition (分解住院).
 */
const parts = (interim: boolean, nextAdmittedOn: string) =>
  readmission(['J18.9'], ['J18.9'], { first: ['2026-02-01', '2026-03-02'], second: [nextAdmittedOn, '2026-03-12'], interim });

// The mark decides: the same two claims, unmarked, are a split admission.
describeRule('SPLIT_ADMISSION', { fires: parts(false, '2026-03-02'), twin: parts(true, '2026-03-02') });

// The day decides: a marked part followed a day later was a discharge.
describeRule('SPLIT_ADMISSION', { fires: parts(true, '2026-03-03'), twin: parts(true, '2026-03-02') });
