// Text with search hits wrapped in <mark>. React escapes every piece, so markup in article text stays text.
export interface HighlightedValue {
  text: string;
  highlights: readonly { start: number; end: number }[];
}

export function Highlighted({ value }: { value: HighlightedValue }) {
  const parts: { text: string; hit: boolean; at: number }[] = [];
  let at = 0;
  const ranges = [...value.highlights]
    .filter((range) => range.start >= 0 && range.end <= value.text.length && range.start < range.end)
    .sort((a, b) => a.start - b.start);
  for (const range of ranges) {
    if (range.start < at) continue;
    if (range.start > at) parts.push({ text: value.text.slice(at, range.start), hit: false, at });
    parts.push({ text: value.text.slice(range.start, range.end), hit: true, at: range.start });
    at = range.end;
  }
  if (at < value.text.length) parts.push({ text: value.text.slice(at), hit: false, at });
  return <>{parts.map((part) => (part.hit ? <mark key={part.at}>{part.text}</mark> : part.text))}</>;
}
