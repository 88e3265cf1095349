// 无障碍工具条: larger text, high contrast and a reading line, remembered per visitor in localStorage (no
// cookie). Served as an external file (the Content-Security-Policy allows no inline script). Without
// JavaScript the toolbar stays hidden and the page reads as it is.
(() => {
  const KEY = "jiyue-a11y";
  const OPTIONS = ["large", "contrast", "line"];
  const root = document.documentElement;

  function load() {
    try {
      const saved = JSON.parse(window.localStorage.getItem(KEY) || "{}");
      return saved && typeof saved === "object" ? saved : {};
    } catch {
      return {};
    }
  }
  function save(settings) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(settings));
    } catch {
      // Private browsing may refuse storage: the settings then last for this page only.
    }
  }

  let settings = load();
  // Applied at once (this script is in <head>), so a returning visitor never sees the page flash.
  function apply() {
    for (const option of OPTIONS) root.classList.toggle(`a11y-${option}`, settings[option] === true);
  }
  apply();

  let line = null;
  function moveLine(y) {
    if (line) line.style.top = `${Math.max(0, y - 20)}px`;
  }
  function onPointer(event) {
    moveLine(event.clientY);
  }
  function onFocus(event) {
    const target = event.target;
    if (target instanceof Element) {
      const box = target.getBoundingClientRect();
      moveLine(box.top + box.height / 2);
    }
  }
  function updateLine() {
    if (settings.line && !line) {
      line = document.createElement("div");
      line.className = "a11y-reading-line";
      line.setAttribute("aria-hidden", "true");
      document.body.appendChild(line);
      moveLine(window.innerHeight / 2);
      document.addEventListener("pointermove", onPointer, { passive: true });
      document.addEventListener("focusin", onFocus);
    } else if (!settings.line && line) {
      line.remove();
      line = null;
      document.removeEventListener("pointermove", onPointer);
      document.removeEventListener("focusin", onFocus);
    }
  }

  function setUp() {
    const toolbar = document.getElementById("a11y-toolbar");
    if (!toolbar) return;
    const buttons = toolbar.querySelectorAll("button[data-a11y]");
    const render = () => {
      for (const button of buttons) {
        const option = button.getAttribute("data-a11y");
        if (OPTIONS.includes(option)) button.setAttribute("aria-pressed", String(settings[option] === true));
      }
      apply();
      updateLine();
    };
    for (const button of buttons) {
      // Buttons: Enter and Space work with the keyboard as they are.
      button.addEventListener("click", () => {
        const option = button.getAttribute("data-a11y");
        settings = option === "reset" ? {} : { ...settings, [option]: settings[option] !== true };
        save(settings);
        render();
      });
    }
    toolbar.hidden = false;
    render();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
