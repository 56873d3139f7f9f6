import { readFileSync } from 'node:fs';
import { buildSchema, validate } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import * as g from '../admin/src/gql/graphql.js';
const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
for (const [k, d] of Object.entries(g)) {
  if (!k.endsWith('Document')) continue;
  try { validate(schema, d as never, [costLimitRule({ maxCost: 1 })]); } catch (e) { console.log(k, String((e as Error).message).replace(/.*found /, '')); }
}
