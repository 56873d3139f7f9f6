import { describe, expect, it } from 'vitest';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { GR, codes, httpProbe } from '../support/http-probe.js';

/**
 * GraphQL over HTTP requests on the real HTTP stack (spec/GraphQLOverHTTP.md, RFC 9110): GET
 * parameters and caching, request media types and charsets, body size, compressed bodies.
 */
const { call, post } = httpProbe();

describe('GET', () => {
  const get = (search: Record<string, string>) => call({ method: 'GET', search, headers: { accept: GR } });

  it('runs a query with JSON variables and extensions', async () => {
    const answer = await get({ query: 'query Q($n: Int) { agreements(first: $n) { totalCount } }', variables: '{"n":1}', extensions: '{"a":1}' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { agreements: { totalCount: 0 } } });
  });

  it('takes empty optional parameters as absent', async () => {
    const answer = await get({ query: 'query A { __typename }', operationName: '', variables: '', extensions: '' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('sends no ETag and never answers 304: answers are per viewer and not stored', async () => {
    const first = await get({ query: '{ viewer { role } }' });
    expect(first.headers.get('etag')).toBeNull();
    expect(first.headers.get('x-powered-by')).toBeNull();
    const conditional = await call({ method: 'GET', search: { query: '{ viewer { role } }' }, headers: { accept: GR, 'if-none-match': '*' } });
    expect(conditional.status).toBe(200);
    expect(conditional.body).toEqual({ data: { viewer: { role: 'INTEGRATOR' } } });
  });

  it('refuses variables that are not a JSON map with 400', async () => {
    expect((await get({ query: '{ __typename }', variables: '{bad' })).status).toBe(400);
    expect((await get({ query: '{ __typename }', variables: '[1]' })).status).toBe(400);
  });

  it.each([
    ['a mutation', { query: 'mutation { logout { ended } }' }],
    ['a mutation chosen by operationName', { query: 'query A { __typename } mutation B { logout { ended } }', operationName: 'B' }],
  ])('refuses %s with 405 and Allow: POST, without running it', async (_name, search) => {
    const answer = await get(search);
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
    expect(answer.body).not.toHaveProperty('data');
  });
});

describe('request media types and charsets', () => {
  const query = JSON.stringify({ query: '{ __typename }' });
  it.each(['application/json', 'application/json; charset=utf-8', 'application/json; charset="UTF-8"'])('accepts %s', async (type) => {
    const answer = await call({ headers: { 'content-type': type, accept: GR }, body: query });
    expect(answer.status).toBe(200);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/graphql', 'application/json; charset=iso-8859-1'])('answers 415 to %s', async (type) => {
    const answer = await call({ headers: { 'content-type': type, accept: GR }, body: query });
    expect(answer.status).toBe(415);
    expect(codes(answer)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
  });

  // WHATWG Encoding's labels of UTF-8 (what a browser's TextDecoder takes): body-parser took
  // only the spelling `utf-8`, and `charset=utf8` (Java's and PHP's clients send it) was 415.
  it.each(['utf8', 'UTF8', 'unicode-1-1-utf-8', 'x-unicode20utf8', '"utf8"'])('accepts charset=%s, a name of UTF-8, and reads the body as UTF-8', async (charset) => {
    const answer = await call({
      headers: { 'content-type': `application/json; charset=${charset}`, accept: GR },
      body: JSON.stringify({ query: '{ __typename } # 协议' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('checks a body labelled charset=utf8 as UTF-8: bytes that are not UTF-8 are 400, not replaced', async () => {
    const bytes = Buffer.concat([Buffer.from('{"query":"{ __typename } # '), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const answer = await call({ headers: { 'content-type': 'application/json; charset=utf8', accept: GR }, body: bytes });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
  });

  it.each([
    ['latin1', 'windows-1252'],
    ['gbk', 'gbk'],
    ['us-ascii', 'windows-1252'],
  ])('answers 415 to charset=%s, naming the encoding it is (%s)', async (charset, encoding) => {
    const answer = await call({ headers: { 'content-type': `application/json; charset=${charset}`, accept: GR }, body: query });
    expect(answer.status).toBe(415);
    expect(codes(answer)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    expect(answer.body.errors![0]!.message).toBe(`JSON is UTF-8: send the body as UTF-8 (not charset=${charset}, which is ${encoding})`);
    expect(answer.body.errors![0]!.extensions!.messageZh).toBe(`请求内容须为 UTF-8 编码的 JSON（不接受 charset=${charset}，即 ${encoding}）`);
  });

  it('answers 415 to a charset that names no encoding, saying so', async () => {
    const answer = await call({ headers: { 'content-type': 'application/json; charset=utf-9', accept: GR }, body: query });
    expect(answer.status).toBe(415);
    expect(codes(answer)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    expect(answer.body.errors![0]!.message).toBe('charset=utf-9 is not a known encoding: send the JSON as UTF-8 (charset=utf-8, or no charset)');
  });

  it('answers 415 to a POST without Content-Type', async () => {
    const answer = await call({ headers: { accept: GR }, body: new Blob([query]) });
    expect(answer.status).toBe(415);
  });

  it('refuses a body that is not UTF-8 (400) instead of replacing its bytes', async () => {
    const bytes = Buffer.concat([Buffer.from('{"query":"{ __typename } # '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const answer = await call({ headers: { 'content-type': 'application/json', accept: GR }, body: bytes });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
  });

  it('answers 400 to JSON that does not parse, 413 to a body over MAX_BODY_BYTES', async () => {
    expect((await call({ headers: { 'content-type': 'application/json', accept: GR }, body: '{"query":' })).status).toBe(400);
    const big = await post({ query: '{ __typename }', variables: { x: 'a'.repeat(30_000) } });
    expect(big.status).toBe(413);
    expect(codes(big)).toEqual(['PAYLOAD_TOO_LARGE']);
  });
});

describe('compressed request bodies (Content-Encoding)', () => {
  const query = JSON.stringify({ query: '{ __typename }' });
  const send = (coding: string, body: Buffer) =>
    call({ headers: { 'content-type': 'application/json', 'content-encoding': coding, accept: GR }, body: new Uint8Array(body) });

  it.each([
    ['gzip', gzipSync(query)],
    ['deflate', deflateSync(query)],
    ['br', brotliCompressSync(query)],
    ['GZIP', gzipSync(query)],
    ['identity', Buffer.from(query)],
  ])('runs a body compressed with %s', async (coding, body) => {
    const answer = await send(coding, body);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('applies MAX_BODY_BYTES to the decompressed body (a small gzip of a large one is 413)', async () => {
    const answer = await send('gzip', gzipSync(JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(30_000) } })));
    expect(answer.status).toBe(413);
    expect(codes(answer)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it.each(['zstd', 'gzip, gzip', 'x-gzip'])('answers 415 with Accept-Encoding to %s, naming the coding (it said "send UTF-8 JSON")', async (coding) => {
    const answer = await send(coding, gzipSync(query));
    expect(answer.status).toBe(415);
    expect(answer.headers.get('accept-encoding')).toBe('gzip, deflate, br');
    expect(codes(answer)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    const { message, extensions } = answer.body.errors![0]!;
    expect(message).toBe(`Content-Encoding ${coding} is not accepted: send the body uncompressed, or compressed with one of gzip, deflate, br`);
    expect(extensions!.messageZh).toBe(`不支持请求内容编码 ${coding}：请发送未压缩的内容，或使用 gzip, deflate, br 之一压缩`);
  });

  it.each([
    ['gzip', Buffer.from(query)],
    ['deflate', Buffer.from(query)],
    ['br', gzipSync(query)],
    ['gzip', gzipSync(query).subarray(0, 20)],
  ])('answers 400 to a body that is not %s data, naming the coding (it was zlib’s "incorrect header check")', async (coding, body) => {
    const answer = await send(coding, body);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
    expect(answer.body.errors![0]!.message).toBe(`The request body is not valid ${coding} data (Content-Encoding: ${coding})`);
    expect(answer.body.errors![0]!.extensions!.messageZh).toBe(`请求内容无法按 Content-Encoding（${coding}）解压`);
  });
});
