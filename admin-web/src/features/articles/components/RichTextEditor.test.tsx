// @vitest-environment jsdom
import "#test/setup";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { describe, expect, it } from "vitest";
import { MediaAssetsDocument } from "../../media/graphql/mediaAssets";
import { removedImages } from "./content";
import { RichTextEditor, refusedImagesNotice } from "./RichTextEditor";

const SLOW = { timeout: 5_000 };

const asset = {
  __typename: "MediaAsset" as const,
  id: "m1",
  kind: "IMAGE" as const,
  name: "IMG_2031.jpg",
  mimeType: "image/jpeg",
  size: 2048,
  width: 640,
  height: 480,
  url: "/media/m1",
  thumbUrl: "/media/m1/thumb",
  visibility: "PRIVATE" as const,
  createdAt: "2026-12-01T02:00:00.000Z",
  site: { __typename: "Site" as const, id: "s1" },
};

describe("inserting an image", () => {
  it("takes it from the media library only, says why, and asks for its alt text", async () => {
    const changes: string[] = [];
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: MediaAssetsDocument, variables: () => true },
            result: { data: { mediaAssets: { __typename: "MediaAssetPage", total: 1, items: [asset] } } },
            maxUsageCount: 5,
          },
        ]}
      >
        <App>
          <RichTextEditor value="<p>会场</p>" siteId="s1" onChange={(html) => changes.push(html)} />
        </App>
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByRole("button", { name: "插入图片" }, SLOW));
    const dialog = await screen.findByRole("dialog", { name: "插入图片" });
    // No address box for other sites' images: the portal would not show them.
    expect(within(dialog).queryByPlaceholderText("https://")).toBeNull();
    expect(within(dialog).getByText("只能插入资源库中的图片")).toBeTruthy();
    expect((within(dialog).getByRole("button", { name: /确\s*定/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );

    fireEvent.click(within(dialog).getByRole("button", { name: "从资源库选择或上传图片" }));
    const picker = (await screen.findByText("选择图片", undefined, SLOW)).closest(
      ".ant-modal",
    ) as HTMLElement;
    fireEvent.click(await within(picker).findByRole("option", { name: "IMG_2031.jpg" }, SLOW));
    fireEvent.click(within(picker).getByRole("button", { name: /确\s*定/ }));
    await within(dialog).findByText("IMG_2031.jpg");
    // The file name is no description: the alt is left for the editor to write.
    const alt = within(dialog).getByLabelText("替代文本（供读屏软件朗读）") as HTMLInputElement;
    expect(alt.value).toBe("");
    fireEvent.change(alt, { target: { value: "工作会议现场" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    await waitFor(() => expect(changes.at(-1)).toContain(`<img src="/media/m1" alt="工作会议现场">`), SLOW);
  });
});

describe("images the server removed", () => {
  it("are the sent ones missing from the saved body", () => {
    const sent = `<p>图</p><img src="/media/m1" alt="a"><img src="https://img.example/x.png"><img src='/favicon.svg'>`;
    const saved = `<p>图</p><img src="/media/m1" alt="a" />`;
    expect(removedImages(sent, saved)).toEqual(["https://img.example/x.png", "/favicon.svg"]);
    expect(removedImages(saved, saved)).toEqual([]);
  });
});

describe("images from other sites", () => {
  const pasteHtml = (html: string) => {
    const body = screen.getByRole("textbox", { name: "正文" });
    fireEvent.paste(body, {
      clipboardData: { getData: (type: string) => (type === "text/html" ? html : ""), types: ["text/html"] },
    });
  };

  it("are left out of pasted HTML, and the editor is told once", async () => {
    const changes: string[] = [];
    render(
      <App>
        <RichTextEditor value="<p>会场</p>" onChange={(html) => changes.push(html)} />
      </App>,
    );
    pasteHtml(
      `<p>通知</p><img src="http://evil.example/x.png"><img src="https://img.example/y.png" alt="y"><img src="/media/m2" alt="会场">`,
    );
    await waitFor(() => expect(changes.at(-1)).toContain("通知"), SLOW);
    const html = changes.at(-1) ?? "";
    expect(html).toContain(`<img src="/media/m2" alt="会场">`);
    expect(html).not.toContain("example");
    expect(document.querySelector(".jiyue-editor img[src^='http']")).toBeNull();
    expect(await screen.findByText(refusedImagesNotice(2), undefined, SLOW)).toBeTruthy();
    expect(screen.getAllByText(/已移除 \d+ 张站外图片/)).toHaveLength(1);
  });

  it("are left out of a value set from outside, and the form is given what the editor shows", async () => {
    const changes: string[] = [];
    const view = render(
      <App>
        <RichTextEditor value="<p>甲</p>" onChange={(html) => changes.push(html)} />
      </App>,
    );
    view.rerender(
      <App>
        <RichTextEditor
          value={`<p>乙</p><img src="http://evil.example/x.png"><img src="data:image/png;base64,AAAA">`}
          onChange={(html) => changes.push(html)}
        />
      </App>,
    );
    expect(await screen.findByText(refusedImagesNotice(2), undefined, SLOW)).toBeTruthy();
    expect(document.querySelector(".jiyue-editor img")).toBeNull();
    expect(changes.at(-1)).toBe("<p>乙</p>");
  });
});
