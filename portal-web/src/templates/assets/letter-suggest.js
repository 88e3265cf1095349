// 写信时的相似问题: while the visitor types the title or content of a letter, ask the site's knowledge base
// (GET <site>/zhiku/suggest.json?q=…, answering [{ id, title, url }]) and list similar answered questions
// under the content field. External file (the Content-Security-Policy allows no inline script); without
// JavaScript, or when the endpoint is unavailable, the form is simply as it is.
(() => {
  const DELAY_MS = 400;
  const MIN_CHARS = 4;
  const MAX_ITEMS = 5;

  function start() {
    const panel = document.getElementById("letter-suggestions");
    const title = document.getElementById("letter-title");
    const content = document.getElementById("letter-content");
    const list = panel?.querySelector("ul");
    const base = panel?.getAttribute("data-suggest-url");
    if (!panel || !list || !base || !title || !content) return;
    let timer = 0;
    let last = "";
    let controller = null;

    function show(items) {
      list.replaceChildren();
      for (const item of items.slice(0, MAX_ITEMS)) {
        if (!item || typeof item.title !== "string" || typeof item.url !== "string") continue;
        // Only addresses on this site (relative or same origin): the answer cannot send the visitor elsewhere.
        const href = new URL(item.url, window.location.href);
        if (href.origin !== window.location.origin) continue;
        const link = document.createElement("a");
        link.href = href.pathname + href.search;
        link.target = "_blank";
        link.rel = "noopener";
        link.textContent = item.title;
        const entry = document.createElement("li");
        entry.append(link);
        list.append(entry);
      }
      panel.hidden = list.children.length === 0;
    }

    async function lookUp() {
      const text = `${title.value} ${content.value}`.replace(/\s+/g, " ").trim().slice(0, 200);
      if (text === last) return;
      last = text;
      if (text.length < MIN_CHARS) {
        show([]);
        return;
      }
      controller?.abort();
      controller = new AbortController();
      try {
        const url = `${base}?${new URLSearchParams({ q: text }).toString()}`;
        const response = await fetch(url, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        if (!response.ok) return;
        const items = await response.json();
        show(Array.isArray(items) ? items : []);
      } catch {
        // Offline, aborted or not there yet: no suggestions.
      }
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(lookUp, DELAY_MS);
    }
    title.addEventListener("input", schedule);
    content.addEventListener("input", schedule);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
