import { describeKnownCase } from './harness.js';
import { SEED_CASES } from '../known-violations-seed-cases.js';

// The known-violation cases of SETTLEMENT_WITHOUT_PRESCRIPTION (known-violations-seed-cases.ts), in every moment it runs at.
for (const c of SEED_CASES.filter((k) => k.rule === 'SETTLEMENT_WITHOUT_PRESCRIPTION')) describeKnownCase(c);
