// @vitest-environment jsdom
import "#test/setup";
import { check, compileLexicon, extractHtml } from "@jiyue/textcheck";
import Image from "@tiptap/extension-image";
import Link from "@tiptap/extension-link";
import { Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { afterEach, describe, expect, it } from "vitest";
import {
  docText,
  FindingHighlights,
  type HighlightFinding,
  highlightedKeys,
  locate,
  setFindings,
} from "./findingHighlights";

const BODY =
  "<p>会议要求，持续推进扫黑险恶常态化。</p>" +
  "<ul><li><p>一、按装监控设备</p></li><li><p>二、&lt;规范&gt; 管理</p></li></ul>" +
  '<p>第一行<br>第二行扫黑险恶</p><img src="/media/x" alt="图"><blockquote><p>引用：按装</p></blockquote>';

let editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors) editor.destroy();
  editors = [];
});

function editorWith(html: string, onClick?: (key: string) => void): Editor {
  const editor = new Editor({
    element: document.createElement("div"),
    extensions: [
      StarterKit.configure({ link: false, heading: { levels: [2, 3, 4] } }),
      Link,
      Image,
      FindingHighlights.configure({ onClick }),
    ],
    content: html,
  });
  editors.push(editor);
  return editor;
}

/** Findings at their offsets in the checker's text of the editor's HTML, as the server would send them. */
function findingsOf(html: string, terms: Record<string, FindingSeverity>): HighlightFinding[] {
  const { text } = extractHtml(html);
  const findings: HighlightFinding[] = [];
  for (const [term, severity] of Object.entries(terms)) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1))
      findings.push({ key: `${term}|${at}`, start: at, end: at + term.length, text: term, severity });
  }
  return findings;
}
type FindingSeverity = HighlightFinding["severity"];

const underlines = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll<HTMLElement>(".jiyue-finding")].map((node) => ({
    text: node.textContent,
    severity: node.dataset.severity,
  }));

describe("finding offsets → editor positions", () => {
  it("rebuilds exactly the text the checker extracts from the editor's HTML, with each character's position", () => {
    const editor = editorWith(BODY);
    const index = docText(editor.state.doc);
    // The checker ends the text with the last block's "\n"; offsets before it are what matters.
    expect(index.text).toBe(extractHtml(editor.getHTML()).text.replace(/\n$/, ""));
    expect(index.text).toContain(
      "持续推进扫黑险恶常态化。\n一、按装监控设备\n二、<规范> 管理\n第一行\n第二行",
    );
    for (let i = 0; i < index.text.length; i++) {
      const pos = index.positions[i] as number;
      if (index.text[i] === "\n") expect(pos).toBe(-1);
      else expect(editor.state.doc.textBetween(pos, pos + 1)).toBe(index.text[i]);
    }
  });

  it("maps the real engine's findings onto the document text they name", () => {
    const editor = editorWith(BODY);
    const lexicon = compileLexicon(
      [
        { id: "t1", term: "扫黑险恶", category: "wording", severity: "block", suggestion: "扫黑除恶" },
        { id: "t2", term: "按装", category: "typo", severity: "warn", suggestion: "安装" },
      ],
      { defaults: false },
    );
    const result = check({ html: editor.getHTML() }, lexicon);
    const terms = result.findings.filter((f) => f.ruleId === "t1" || f.ruleId === "t2");
    expect(terms.length).toBe(4);
    const index = docText(editor.state.doc);
    for (const finding of terms) {
      const range = locate(index, finding);
      expect(range, finding.text).not.toBeNull();
      expect(editor.state.doc.textBetween(range?.from ?? 0, range?.to ?? 0)).toBe(finding.text);
      expect(range?.offset).toBe(finding.start);
    }
  });

  it("finds the nearest occurrence when the checked HTML had other whitespace, and nothing when the text is gone", () => {
    const editor = editorWith(BODY);
    const index = docText(editor.state.doc);
    const second = index.text.lastIndexOf("扫黑险恶");
    // The stored HTML had indentation between blocks: the server's offsets are a few characters further on.
    const range = locate(index, { start: second + 5, end: second + 9, text: "扫黑险恶" });
    expect(range?.offset).toBe(second);
    expect(locate(index, { start: 3, end: 7, text: "扫黑除恶" })).toBeNull();
    expect(
      locate(index, { start: second + 500, end: second + 504, text: "扫黑险恶" }, { maxDistance: 200 }),
    ).toBeNull();
    // An image without alt text is reported with an empty range: nothing to underline.
    expect(locate(index, { start: 4, end: 4, text: "" })).toBeNull();
  });
});

describe("inline underlines", () => {
  it("underlines each finding by severity and follows edits until its text is fixed", () => {
    const editor = editorWith(BODY);
    const findings = findingsOf(editor.getHTML(), { 扫黑险恶: "BLOCK", 按装: "WARN" });
    editor.view.dispatch(setFindings(editor.state, findings));
    expect(underlines(editor)).toEqual([
      { text: "扫黑险恶", severity: "BLOCK" },
      { text: "按装", severity: "WARN" },
      { text: "扫黑险恶", severity: "BLOCK" },
      { text: "按装", severity: "WARN" },
    ]);
    const block = editor.view.dom.querySelector<HTMLElement>(".jiyue-finding-block");
    expect(block?.getAttribute("style")).toContain("wavy");

    // Typing before a finding moves its underline along.
    editor.commands.insertContentAt(1, "新");
    expect(underlines(editor).length).toBe(4);
    expect(underlines(editor)[0]?.text).toBe("扫黑险恶");

    // Fixing the first "扫黑险恶" by hand removes its underline, not the other one's.
    const index = docText(editor.state.doc);
    const wrong = index.positions[index.text.indexOf("险")] as number;
    editor.commands.insertContentAt({ from: wrong, to: wrong + 1 }, "除");
    expect(editor.state.doc.textContent).toContain("扫黑除恶常态化");
    expect(underlines(editor).map((u) => u.text)).toEqual(["按装", "扫黑险恶", "按装"]);
    expect(highlightedKeys(editor.state)).toHaveLength(3);
  });

  it("keeps the other underlines when the whole body is replaced with one suggestion applied", () => {
    const editor = editorWith(BODY);
    const findings = findingsOf(editor.getHTML(), { 扫黑险恶: "BLOCK", 按装: "WARN" });
    editor.view.dispatch(setFindings(editor.state, findings));
    const html = editor.getHTML();
    const applied = html.replace("按装监控", "安装监控");
    editor.commands.setContent(applied, { emitUpdate: false });
    expect(underlines(editor).map((u) => u.text)).toEqual(["扫黑险恶", "扫黑险恶", "按装"]);

    // New findings replace the old ones; none clears them.
    editor.view.dispatch(setFindings(editor.state, []));
    expect(underlines(editor)).toEqual([]);
  });

  it("tells which finding an underline belongs to when clicked", () => {
    const clicked: string[] = [];
    const editor = editorWith(BODY, (key) => clicked.push(key));
    const findings = findingsOf(editor.getHTML(), { 按装: "HINT" });
    editor.view.dispatch(setFindings(editor.state, findings));
    const index = docText(editor.state.doc);
    const inside = (index.positions[index.text.indexOf("按装")] as number) + 1;
    editor.view.someProp("handleClick", (handle) => handle(editor.view, inside, new MouseEvent("click")));
    expect(clicked).toEqual([findings[0]?.key]);
    editor.view.someProp("handleClick", (handle) => handle(editor.view, 2, new MouseEvent("click")));
    expect(clicked).toHaveLength(1);
  });
});
