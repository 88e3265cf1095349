// @vitest-environment jsdom
import "#test/setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../../articles/testing/fixtures";
import { CoverPicker } from "../../components/ArticleMediaFields";
import { MediaAssetsDocument } from "../../graphql/mediaAssets";
import { DeleteMediaAssetDocument } from "../../graphql/mediaMutations";
import { MediaPage } from ".";

const asset = (id: string, name: string, siteId = "s1", kind: "IMAGE" | "FILE" = "IMAGE") => ({
  __typename: "MediaAsset" as const,
  id,
  kind,
  name,
  mimeType: kind === "IMAGE" ? "image/png" : "application/pdf",
  size: 2048,
  width: kind === "IMAGE" ? 640 : null,
  height: kind === "IMAGE" ? 480 : null,
  url: `/media/${id}`,
  thumbUrl: kind === "IMAGE" ? `/media/${id}/thumb` : null,
  visibility: "PRIVATE" as const,
  createdAt: "2026-12-01T02:00:00.000Z",
  site: { __typename: "Site" as const, id: siteId },
});

const page = (items: ReturnType<typeof asset>[]) => ({
  __typename: "MediaAssetPage" as const,
  total: items.length,
  items,
});

describe("资源库", () => {
  it("lists the site's assets and shows the server's reason when deleting a used one is refused", async () => {
    renderPage({
      path: "/media",
      at: "/media",
      element: <MediaPage />,
      actions: ["article.read", "article.write"],
      mocks: [
        {
          request: {
            query: MediaAssetsDocument,
            variables: { siteId: "s1", kind: null, search: null, includeShared: false, offset: 0, limit: 40 },
          },
          result: {
            data: { mediaAssets: page([asset("m1", "会场.png"), asset("m2", "通知.pdf", "s1", "FILE")]) },
          },
        },
        {
          request: { query: DeleteMediaAssetDocument, variables: { id: "m1" } },
          result: {
            errors: [
              new GraphQLError("该资源正被 1 篇稿件使用，不能删除", { extensions: { code: "CONFLICT" } }),
            ],
          },
        },
      ],
    });
    const list = await screen.findByRole("list", { name: "资源列表" });
    const image = within(list).getByRole("listitem", { name: "会场.png" });
    expect(within(image).getByRole("img", { name: "会场.png" }).getAttribute("src")).toBe("/media/m1/thumb");
    expect(within(list).getByRole("listitem", { name: "通知.pdf" })).toBeTruthy();
    fireEvent.click(within(image).getByRole("button", { name: "删除 会场.png" }));
    fireEvent.click(await screen.findByRole("button", { name: "删 除" }));
    expect(await screen.findByText("该资源正被 1 篇稿件使用，不能删除")).toBeTruthy();
    expect(within(list).getByRole("listitem", { name: "会场.png" })).toBeTruthy();
  });
});

describe("cover picker", () => {
  it("offers the site's and shared images and sets the chosen one as the cover", async () => {
    const changes: (string | null)[] = [];
    renderPage({
      path: "/",
      at: "/",
      element: <CoverPicker siteId="s1" onChange={(id) => changes.push(id)} />,
      actions: ["article.write"],
      mocks: [
        {
          request: {
            query: MediaAssetsDocument,
            variables: { siteId: "s1", kind: "IMAGE", search: null, includeShared: true, limit: 60 },
          },
          result: { data: { mediaAssets: page([asset("m1", "会场.png"), asset("m9", "共享图.png", "s2")]) } },
        },
      ],
    });
    fireEvent.click(screen.getByRole("button", { name: /选择封面/ }));
    const options = await screen.findByRole("listbox", { name: "资源" });
    const ok = screen.getByRole("button", { name: "确 定" });
    expect(ok.hasAttribute("disabled")).toBe(true);
    fireEvent.click(within(options).getByRole("option", { name: "共享图.png" }));
    await waitFor(() => expect(ok.hasAttribute("disabled")).toBe(false));
    fireEvent.click(ok);
    expect(changes).toEqual(["m9"]);
  });
});
