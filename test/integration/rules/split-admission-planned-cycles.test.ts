import { describeRule } from './harness.js';
import { readmission } from './readmission.js';

/**
 * 分解住院 and treatment in planned cycles (docs/domain/monitoring.md): a stay for a course of
 * chemotherapy (principal diagnosis Z51.1, the tumour C34.9 beside it) or for dialysis (Z49.1,
 * N18.5), discharged on 1 March, and a readmission to the same hospital 9 days later. The next
 * planned course is no split stay; a readmission for the disease itself (its code first) within
 * the 15 days still is.
 */
describeRule('SPLIT_ADMISSION', {
  fires: readmission(['Z51.1', 'C34.9'], ['C34.9', 'J18.9']),
  twin: readmission(['Z51.1', 'C34.9'], ['Z51.1', 'C34.9']),
});

describeRule('SPLIT_ADMISSION', {
  fires: readmission(['Z49.1', 'N18.5'], ['N18.5']),
  twin: readmission(['Z49.1', 'N18.5'], ['Z49.1', 'N18.5']),
});
