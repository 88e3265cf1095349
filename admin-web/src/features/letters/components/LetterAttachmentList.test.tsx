// @vitest-environment jsdom
import "#test/setup";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LetterAttachmentList } from "./LetterAttachmentList";

describe("信件附件", () => {
  it("lists each attachment with its name, type and size and a download link through the admin server", () => {
    render(
      <LetterAttachmentList
        attachments={[
          { id: "a-1", filename: "现场照片.jpg", mediaType: "image/jpeg", size: 245_760 },
          { id: "a-2", filename: "情况说明.pdf", mediaType: "application/pdf", size: 812 },
          {
            id: "a-3",
            filename: "补充材料.docx",
            mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            size: 3_250_000,
          },
        ]}
      />,
    );
    const list = screen.getByRole("region", { name: "附件" });
    expect(within(list).getByText("附件（3）")).toBeTruthy();
    expect(within(list).getByText("现场照片.jpg")).toBeTruthy();
    expect(within(list).getByText("JPEG 图片 · 240.0 KB")).toBeTruthy();
    expect(within(list).getByText("PDF 文档 · 812 B")).toBeTruthy();
    expect(within(list).getByText("Word 文档 · 3.1 MB")).toBeTruthy();
    const link = screen.getByRole("link", { name: "下载 现场照片.jpg" });
    expect(link.getAttribute("href")).toBe("/letter-attachments/a-1");
    expect(link.getAttribute("download")).toBe("现场照片.jpg");
    expect(screen.getByRole("link", { name: "下载 补充材料.docx" }).getAttribute("href")).toBe(
      "/letter-attachments/a-3",
    );
  });

  it("shows nothing for a letter without attachments", () => {
    const { container } = render(<LetterAttachmentList attachments={[]} />);
    expect(container.textContent).toBe("");
  });
});
