import { describeKnownCase } from './harness.js';
import { SEED_CASES } from '../known-violations-seed-cases.js';

// The known-violation cases of BED_DAYS_OVER_STAY (known-violations-seed-cases.ts), in every moment it runs at.
for (const c of SEED_CASES.filter((k) => k.rule === 'BED_DAYS_OVER_STAY')) describeKnownCase(c);
