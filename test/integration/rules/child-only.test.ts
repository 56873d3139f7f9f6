import { describeRule } from './harness.js';

const claimFor = (birthDate: string) => async (w: Parameters<Parameters<typeof describeRule>[1]['fires']>[0]) => {
  const p = await w.person({ birthDate });
  return { claim: w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ catalogueCode: 'K-CHILD' })] }) };
};

describeRule('CHILD_ONLY', {
  // 15 years old on the day of service (limit 14) vs. 14 years old.
  fires: claimFor('2011-03-01'),
  twin: claimFor('2011-03-11'),
});
