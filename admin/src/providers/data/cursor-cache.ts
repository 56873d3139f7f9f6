/**
 * Our lists are cursor-paged (Relay `first`/`after`, cursors are ids), react-admin's are
 * numbered. To open page N we need the end cursor of page N-1. Pages are remembered per list
 * (resource + filter + sort + page size), so moving page by page costs nothing extra; a jump
 * walks forward from the nearest remembered page, fetching only `pageInfo` for the pages in
 * between. Writes clear the memory, since an edit can move rows between pages.
 */

export interface PageStep {
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Fetches `first` rows after `after` and answers only where that page ends. */
export type FetchStep = (after: string | null, first: number) => Promise<PageStep>;

export class CursorCache {
  /** list key → endCursor of page i at index i-1 (page 1 ends at index 0). */
  private readonly ends = new Map<string, (string | null)[]>();
  private readonly maxLists: number;

  constructor(maxLists = 200) {
    this.maxLists = maxLists;
  }

  static key(resource: string, filter: unknown, order: unknown, perPage: number): string {
    return JSON.stringify([resource, filter ?? null, order ?? null, perPage]);
  }

  /** Remembers where page `page` (1-based) of the list ends. */
  remember(key: string, page: number, endCursor: string | null): void {
    if (endCursor === null) return;
    let list = this.ends.get(key);
    if (!list) {
      if (this.ends.size >= this.maxLists) this.ends.delete(this.ends.keys().next().value!);
      list = [];
      this.ends.set(key, list);
    }
    list[page - 1] = endCursor;
  }

  known(key: string, page: number): string | null | undefined {
    return this.ends.get(key)?.[page - 1];
  }

  clear(): void {
    this.ends.clear();
  }

  /**
   * The `after` cursor for page `page`: null for page 1; otherwise the end of page-1, walking
   * forward from the nearest remembered page. When the list is shorter, the walk stops at its
   * last row, so the page comes back empty with the right total (react-admin then offers to
   * go back).
   */
  async afterFor(key: string, page: number, perPage: number, fetchStep: FetchStep): Promise<string | null> {
    if (page <= 1) return null;
    let from = page - 1;
    while (from > 0 && this.known(key, from) === undefined) from -= 1;
    let cursor: string | null = from > 0 ? this.known(key, from)! : null;
    for (let p = from + 1; p <= page - 1; p += 1) {
      const step = await fetchStep(cursor, perPage);
      if (step.endCursor === null) break;
      this.remember(key, p, step.endCursor);
      cursor = step.endCursor;
      if (!step.hasNextPage) break;
    }
    return cursor;
  }
}
