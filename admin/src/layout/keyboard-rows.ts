/**
 * Every list opens a record by clicking its row (react-admin's `rowClick`), but its rows are
 * plain table rows: Tab skipped them, so a keyboard user could reach no agreement, penalty or
 * account from any list. Each clickable row (react-admin marks it `RaDatagrid-clickableRow`;
 * the read-only tables inside a record are not) is made a tab stop, and Enter or Space on it
 * does what a click does. Loaded after the first paint (HubLayout), outside the first load.
 */
const ROW = 'tr.RaDatagrid-clickableRow';

function mark(root: ParentNode): void {
  for (const row of root.querySelectorAll<HTMLTableRowElement>(`${ROW}:not([tabindex])`)) row.tabIndex = 0;
}

export function installKeyboardRows(doc: Document = document): () => void {
  mark(doc);
  const observer = new MutationObserver(() => mark(doc));
  observer.observe(doc.body, { childList: true, subtree: true });
  const onKey = (event: KeyboardEvent) => {
    const row = event.target as HTMLElement | null;
    if ((event.key !== 'Enter' && event.key !== ' ') || !row?.matches?.(ROW)) return;
    event.preventDefault();
    row.click();
  };
  doc.addEventListener('keydown', onKey);
  return () => {
    observer.disconnect();
    doc.removeEventListener('keydown', onKey);
  };
}
