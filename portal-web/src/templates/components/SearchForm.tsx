// A plain GET form: search works without JavaScript.
export function SearchForm({ action, query }: { action: string; query?: string }) {
  return (
    <form className="search-form" method="get" action={action}>
      <input
        type="search"
        name="q"
        defaultValue={query ?? ""}
        maxLength={100}
        aria-label="搜索"
        placeholder="搜索文章"
        required
      />
      <button type="submit">搜索</button>
    </form>
  );
}
