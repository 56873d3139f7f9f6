/**
 * The SQL limit is only a limit if PostgreSQL runs it the intended way: EXPLAIN each statement
 * with a real request's parameters and check the access paths (issue 14: q3 used to walk every
 * insurer's penalties of the status backwards through the (status, proposedAt) index).
 */
import type pg from 'pg';
import { SQL, type QueryName } from './queries.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Parent Relationship'?: string;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, out: string[]): string[] {
  // A Bitmap Index Scan names only its index (its Bitmap Heap Scan parent names the table).
  const relation = node['Relation Name'] ?? node['Index Name']?.split('_')[0];
  if (relation) out.push(`${node['Node Type']} ${relation}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`);
  for (const child of node.Plans ?? []) walk(child, out);
  return out;
}

/** Required access paths per query, as substrings of "Node Type Relation (Index)". */
const EXPECTED: Record<QueryName, { must: RegExp[]; mustNot: RegExp[] }> = {
  // Insurer is a few dozen rows: a sequential scan of it is the right plan.
  q1: { must: [/Agreement \(Agreement_pkey\)/], mustNot: [/Seq Scan (Agreement|Provider)/] },
  q2: { must: [/Penalty \(Penalty_agreementId_insurerId_idx\)/], mustNot: [/Seq Scan Penalty/, /Seq Scan Agreement/] },
  q3: {
    must: [/Agreement \(Agreement_insurerId_status_idx\)/, /Penalty \(Penalty_agreementId_insurerId_idx\)/],
    // Combining the status index into the bitmap is fine; walking it (or proposedAt's) in order is the bad plan.
    mustNot: [/^Index Scan Penalty \(Penalty_(status_)?proposedAt_idx\)/, /Seq Scan Penalty/],
  },
};

/** Returns one summary line per query; throws when a plan does not take the expected path. */
export async function checkPlans(pool: pg.Pool, params: Record<QueryName, unknown[]>, queries: QueryName[]): Promise<string[]> {
  const lines: string[] = [];
  for (const query of queries) {
    const { rows } = await pool.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${SQL[query]}`, params[query]);
    const paths = walk(rows[0]!['QUERY PLAN'][0].Plan, []);
    const { must, mustNot } = EXPECTED[query];
    const missing = must.filter((re) => !paths.some((p) => re.test(p)));
    const wrong = paths.filter((p) => mustNot.some((re) => re.test(p)));
    if (missing.length || wrong.length) {
      throw new Error(`${query}: unexpected plan (missing ${missing.join(', ') || '-'}; unwanted ${wrong.join(', ') || '-'}):\n  ${paths.join('\n  ')}`);
    }
    lines.push(`${query}: ${[...new Set(paths)].join(' → ')}`);
  }
  return lines;
}
