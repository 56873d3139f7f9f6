/**
 * Delimited text files the console's pickers take: CSV, and tab-separated text — Excel's
 * "Unicode text (*.txt)" (UTF-16 with tabs, what a clerk saves when a GBK CSV would lose
 * characters) or a WPS/LibreOffice .tsv. The server reads both as CSV, taking the separator
 * from the header row (server/domain/shared/csv-rows.ts delimiterOf) and the encoding from
 * the byte-order mark (schema/file-text.ts).
 */
export const DELIMITED_EXTENSIONS = /\.(csv|tsv|txt)$/i;

/** The picker's `accept` list for a delimited file. */
export const DELIMITED_ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';

export function isDelimitedFile(name: string): boolean {
  return DELIMITED_EXTENSIONS.test(name);
}
