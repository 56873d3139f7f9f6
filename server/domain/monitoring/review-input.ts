import { z } from 'zod';
import { fen, text, uuid } from '../shared/schemas.js';

/** Every handling step names the hit and says why (opinion, statement, result or reason). */
export const ruleHitStepInput = z.object({
  ruleHitId: uuid,
  note: text(5000),
});

/** An investigation may establish the amount it found violating (confirmed later). */
export const investigateRuleHitInput = ruleHitStepInput.extend({
  violatingAmountFen: fen.nullish(),
});
