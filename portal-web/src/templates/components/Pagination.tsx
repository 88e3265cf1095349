// Page links of a list: page 1 is the bare address (canonical), later pages add ?page=N.
export function pageHref(href: string, page: number): string {
  return page <= 1 ? href : `${href}${href.includes("?") ? "&" : "?"}page=${page}`;
}

/** Page numbers around the current one, with the first and last always present. */
function visiblePages(page: number, pageCount: number): number[] {
  const pages = new Set<number>([1, pageCount]);
  for (let n = page - 2; n <= page + 2; n += 1) if (n >= 1 && n <= pageCount) pages.add(n);
  return [...pages].sort((a, b) => a - b);
}

export function Pagination(props: { href: string; page: number; pageCount: number; total: number }) {
  const { href, page, pageCount, total } = props;
  if (pageCount <= 1) return <p className="list-summary">共 {total} 条</p>;
  const pages = visiblePages(page, pageCount);
  return (
    <nav className="pagination" aria-label="分页">
      <p className="list-summary">
        共 {total} 条，第 {page}/{pageCount} 页
      </p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={pageHref(href, page - 1)} rel="prev">
              上一页
            </a>
          </li>
        ) : null}
        {pages.map((n, index) => (
          <li key={n}>
            {index > 0 && n - (pages[index - 1] ?? n) > 1 ? <span className="gap">…</span> : null}
            {n === page ? <span aria-current="page">{n}</span> : <a href={pageHref(href, n)}>{n}</a>}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={pageHref(href, page + 1)} rel="next">
              下一页
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
