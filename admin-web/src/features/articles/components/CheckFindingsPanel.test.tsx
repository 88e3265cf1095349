import { describe, expect, it } from "vitest";
import { applySuggestion, setImageAlt } from "./CheckFindingsPanel";

const finding = { start: 2, end: 6, text: "扫黑险恶", suggestion: "扫黑除恶" };

describe("applying a suggestion", () => {
  it("replaces the finding in the body HTML at its HTML position", () => {
    const html = "<p>坚持<strong>扫黑险恶</strong>。</p>";
    const change = applySuggestion(
      { title: "", html },
      { ...finding, field: "BODY", htmlStart: html.indexOf("扫"), htmlEnd: html.indexOf("扫") + 4 },
    );
    expect(change).toEqual({ field: "BODY", value: "<p>坚持<strong>扫黑除恶</strong>。</p>" });
  });

  it("replaces in the title, and does nothing once the text has changed there", () => {
    const title = "坚持扫黑险恶";
    const titleFinding = { ...finding, field: "TITLE", htmlStart: null, htmlEnd: null };
    expect(applySuggestion({ title, html: "" }, titleFinding)).toEqual({
      field: "TITLE",
      value: "坚持扫黑除恶",
    });
    expect(applySuggestion({ title: "坚持扫黑除恶", html: "" }, titleFinding)).toBeNull();
  });
});

describe("giving an image its alt text", () => {
  const html = `<p>会场</p><img src="/media/m1" alt=""><p>后文</p>`;
  const at = { htmlStart: html.indexOf("<img"), htmlEnd: html.indexOf("<p>后文") };

  it("sets the alt of the finding's <img> tag, escaped, replacing an empty one", () => {
    expect(setImageAlt(html, at, ` "工作"会议 `)).toEqual({
      field: "BODY",
      value: `<p>会场</p><img alt="&quot;工作&quot;会议" src="/media/m1"><p>后文</p>`,
    });
  });

  it("does nothing once the tag has moved or without a text", () => {
    expect(setImageAlt(`<p>新</p>${html}`, at, "会议")).toBeNull();
    expect(setImageAlt(html, at, "  ")).toBeNull();
  });
});
