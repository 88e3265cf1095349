// Unit: the text of uploaded documents is extracted once for the text check (docx, PDF text layer, txt).
import { describe, expect, it } from "vitest";
import { extractDocumentText } from "../src/modules/media/media.text";
import { DOCX, docx, pdf } from "./fixtures/documents";

describe("document text for the text check", () => {
  it("reads the paragraphs of a Word document", async () => {
    const text = await extractDocumentText(
      await docx(["关于深入推进扫黑险恶常态化的通知", "各单位："]),
      DOCX,
    );
    expect(text).toContain("关于深入推进扫黑险恶常态化的通知");
    expect(text).toContain("各单位：");
  });

  it("reads the text layer of a PDF", async () => {
    const text = await extractDocumentText(pdf("Jiyue annual report 2026"), "application/pdf");
    expect(text).toContain("Jiyue annual report 2026");
  });

  it("reads plain text, and gives null for a damaged file or a type it does not read", async () => {
    expect(await extractDocumentText(Buffer.from("会议纪要全文"), "text/plain")).toBe("会议纪要全文");
    expect(await extractDocumentText(Buffer.from("not a zip"), DOCX)).toBeNull();
    expect(await extractDocumentText(Buffer.from("PK"), "application/zip")).toBeNull();
  });
});
