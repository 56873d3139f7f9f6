import { describeRule } from './harness.js';

describeRule('SEX_RESTRICTION', {
  fires: async (w) => {
    const p = await w.person({ sex: 'MALE' });
    return { claim: w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ catalogueCode: 'K-SEX-F' })] }) };
  },
  twin: async (w) => {
    const p = await w.person({ sex: 'FEMALE' });
    return { claim: w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ catalogueCode: 'K-SEX-F' })] }) };
  },
});
