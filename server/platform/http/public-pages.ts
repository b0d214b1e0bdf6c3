/**
 * A signed-out page of the web app whose address names a record (/p/news/:id). The server answers
 * such an address with the app and a 404 status when the record is not there, so that a feed
 * reader, a search engine or a link checker is told the truth; the page itself then says 未找到.
 */
export interface PublicPage {
  /** The address, with one capture group per path parameter. */
  pattern: RegExp;
  /** Whether the record the address names is there for anyone to read. */
  exists: (params: string[]) => Promise<boolean>;
}

/** The status to serve the web app with at `url`: 404 when a public page names a missing record. */
export async function publicPageStatus(pages: readonly PublicPage[], url: string): Promise<200 | 404> {
  const path = url.split(/[?#]/)[0];
  for (const page of pages) {
    const m = page.pattern.exec(path);
    if (!m) continue;
    let params: string[];
    try {
      params = m.slice(1).map((p) => decodeURIComponent(p));
    } catch {
      return 404; // a malformed escape names nothing
    }
    return (await page.exists(params)) ? 200 : 404;
  }
  return 200;
}
