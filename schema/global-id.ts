import { isObjectType, type GraphQLSchema } from 'graphql';
import { DomainError } from '../server/domain/errors.js';

/**
 * Global IDs (`base64("<Type>:<uuid>")`) are checked in full before anything uses them: the
 * encoding (canonical base64 of UTF-8), the type (one of the schema's Node types) and the
 * raw id (a UUID, as every row id is). A malformed id is the caller's mistake
 * (BAD_USER_INPUT) and fails only the field it was given to: it never reaches a batched
 * database load, where one bad UUID would fail every sibling in the same batch.
 */
let nodeTypes: ReadonlySet<string> = new Set();

/** Called once the schema is built: the Node types are the only typenames an id may name. */
export function registerNodeTypes(schema: GraphQLSchema): void {
  nodeTypes = new Set(
    Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
      .map((type) => type.name),
  );
}

export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_GLOBAL_ID_LENGTH = 200;
/** A partitioned row's key (claims: id and settlement month), as Pothos encodes a compound id. */
const UUID_AND_MONTH =
  /^\["([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})","\d{4}-\d{2}-01T00:00:00\.000Z"\]$/i;
const COMPOUND_KEYED = new Set(['Claim']);

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  if (globalId.length === 0 || globalId.length > MAX_GLOBAL_ID_LENGTH || !BASE64.test(globalId))
    throw invalid(globalId, 'encoding');
  const text = Buffer.from(globalId, 'base64').toString('utf8');
  if (Buffer.from(text, 'utf8').toString('base64') !== globalId) throw invalid(globalId, 'encoding');
  const colon = text.indexOf(':');
  const typename = colon > 0 ? text.slice(0, colon) : '';
  const id = colon > 0 ? text.slice(colon + 1) : '';
  if (!nodeTypes.has(typename)) throw invalid(globalId, 'type');
  if (COMPOUND_KEYED.has(typename)) {
    const compound = UUID_AND_MONTH.exec(id);
    if (!compound) throw invalid(globalId, 'claimKey');
    return { typename, id: id.replace(compound[1]!, compound[1]!.toLowerCase()) };
  }
  if (!UUID.test(id)) throw invalid(globalId, 'uuid');
  return { typename, id: id.toLowerCase() };
}

const REASONS = {
  encoding: { en: 'is not a base64-encoded global ID', zh: '不是 base64 编码的全局 ID' },
  type: { en: 'names no known type', zh: '指向未知的类型' },
  uuid: { en: 'does not carry a valid UUID', zh: '所含的 ID 不是有效的 UUID' },
  claimKey: {
    en: 'does not carry a claim key (["<uuid>","<settlement month>T00:00:00.000Z"])',
    zh: '所含的不是结算记录键（["<UUID>","<结算月>T00:00:00.000Z"]）',
  },
} as const;

function invalid(globalId: string, reason: keyof typeof REASONS): DomainError {
  const shown = globalId.length > 60 ? `${globalId.slice(0, 60)}…` : globalId;
  return new DomainError(
    'BAD_USER_INPUT',
    {
      en: `Invalid global ID "${shown}": ${REASONS[reason].en}`,
      zh: `无效的全局 ID“${shown}”：${REASONS[reason].zh}`,
    },
    { reason },
  );
}
