import { decodeFileText, declaredCharset } from '../../schema/file-text.js';

/**
 * The text of an uploaded batch file, decoded strictly by the shared file reader
 * (schema/file-text.ts: byte-order mark, declared charset, else UTF-8 or GB18030), as an
 * answer the route can send when it is not text: an unknown charset is 415, bytes that are not
 * text or a NUL character 400, both naming the line in both languages.
 */
export type Decoded = { text: string } | { status: number; code: string; en: string; zh: string };

export function decodeUpload(bytes: Uint8Array, contentType: string | undefined): Decoded {
  const decoded = decodeFileText(bytes, declaredCharset(contentType));
  if ('text' in decoded) return { text: decoded.text };
  const { kind, message, messageZh } = decoded.error;
  return { status: kind === 'UNKNOWN_CHARSET' ? 415 : 400, code: kind === 'UNKNOWN_CHARSET' ? 'UNSUPPORTED_MEDIA_TYPE' : kind, en: message, zh: messageZh };
}
