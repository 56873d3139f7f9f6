import type { ResourceProps } from 'react-admin';
import GradeIcon from '@mui/icons-material/Grade';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { lazyScreen } from '../../common/lazy-screen.js';
import { CreditEvaluationList, CreditEvaluationOne } from './queries.js';

// Each screen is its own chunk, loaded when first shown.
const CreditList = lazyScreen(() => import('./CreditList.js'), 'CreditList');
const CreditShow = lazyScreen(() => import('./CreditShow.js'), 'CreditShow');

export const creditEvaluationsDef: ResourceDef = {
  list: CreditEvaluationList,
  listField: 'creditEvaluations',
  one: CreditEvaluationOne,
  oneField: 'node',
  orderFields: { evaluatedAt: 'EVALUATED_AT', year: 'YEAR', score: 'SCORE', grade: 'GRADE' },
  filter: (f) => listify(f, ['subjectType', 'grade']),
};

export const creditEvaluationsView: ResourceProps = {
  name: 'creditEvaluations',
  icon: GradeIcon,
  list: CreditList,
  show: CreditShow,
  recordRepresentation: 'year',
};
