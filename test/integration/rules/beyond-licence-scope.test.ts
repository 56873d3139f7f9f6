import { describeKnownCase } from './harness.js';
import { SEED_CASES } from '../known-violations-seed-cases.js';

// The known-violation cases of BEYOND_LICENCE_SCOPE (known-violations-seed-cases.ts), in every moment it runs at.
for (const c of SEED_CASES.filter((k) => k.rule === 'BEYOND_LICENCE_SCOPE')) describeKnownCase(c);
