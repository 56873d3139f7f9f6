/** A refused edit's message; a STALE_VERSION refusal adds the console's "changed meanwhile" advice. */
export function staleMessage(
  code: string | undefined,
  message: string,
  translate: (key: string) => string,
): string {
  return code === 'STALE_VERSION' ? `${message} ${translate('hub.errors.stale')}`.trim() : message;
}
