import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { monitoringEnumsEn } from './monitoring.en.js';
import { monitoringEnumsZh } from './monitoring.zh-CN.js';

const schemaFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../schema/schema.graphql',
);

describe('smart-monitoring enum labels', () => {
  it('label every value of the API enums they name, in both languages, and no value the API lacks', () => {
    const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
    for (const [name, labels] of Object.entries(monitoringEnumsEn)) {
      const type = schema.getType(name);
      expect(type && isEnumType(type), `${name} is an API enum`).toBe(true);
      if (!type || !isEnumType(type)) continue;
      const values = type
        .getValues()
        .map((v) => v.name)
        .sort();
      expect(Object.keys(labels).sort(), name).toEqual(values);
      expect(Object.keys(monitoringEnumsZh[name as keyof typeof monitoringEnumsZh]).sort(), name).toEqual(
        values,
      );
    }
  });
});
