// @vitest-environment jsdom
import "#test/setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../../articles/testing/fixtures";
import type { ChannelNode } from "../../../channels/hooks/useChannelTree";
import { targetTree } from "../../components/PushDialog";
import { DeclinePushDocument } from "../../graphql/declinePush";
import { IncomingPushesDocument } from "../../graphql/incomingPushes";
import { IncomingPushesPage } from ".";

const pushRow = (id: string, title: string, values: Record<string, unknown> = {}) => ({
  __typename: "ArticlePush" as const,
  id,
  status: "PENDING" as const,
  originArticleId: `origin-${id}`,
  originSiteName: "市委组织部网站",
  targetSiteName: "市总工会网站",
  targetChannel: { __typename: "Channel" as const, id: "c1", name: "工作动态" },
  note: "请采用",
  pushedByName: "组织部编辑",
  pushedAt: "2025-03-01T02:00:00.000Z",
  decidedByName: null,
  decidedAt: null,
  declineReason: null,
  copyArticleId: null,
  isUpdate: false,
  snapshot: {
    __typename: "PushSnapshot" as const,
    revisionNumber: 1,
    title,
    source: null,
    author: null,
    summary: null,
    body: "<p>正文</p>",
  },
  ...values,
});

const listMock = (items: ReturnType<typeof pushRow>[]) => ({
  request: {
    query: IncomingPushesDocument,
    variables: { siteId: "s1", status: "PENDING", offset: 0, limit: 20 },
  },
  result: {
    data: { incomingPushes: { __typename: "ArticlePushPage" as const, total: items.length, items } },
  },
  maxUsageCount: 5,
});

describe("报送采用 page", () => {
  it("lists pending pushes with their origin, marks updates, and declines only with a reason", async () => {
    let declined: unknown = null;
    renderPage({
      path: "/pushes",
      at: "/pushes",
      element: <IncomingPushesPage />,
      actions: ["article.read", "article.adopt"],
      mocks: [
        listMock([
          pushRow("p1", "基层党建现场会召开"),
          pushRow("p2", "已采用稿件的更新", { isUpdate: true, copyArticleId: "copy-1" }),
        ]),
        {
          request: { query: DeclinePushDocument, variables: { id: "p1", reason: "与栏目定位不符" } },
          result: () => {
            declined = "p1";
            return { data: { declinePush: pushRow("p1", "基层党建现场会召开", { status: "DECLINED" }) } };
          },
        },
      ],
    });
    const cell = await screen.findByText("基层党建现场会召开");
    const row = cell.closest("tr") as HTMLTableRowElement;
    expect(within(row).getByText("市委组织部网站")).toBeTruthy();
    expect(within(row).getByText("待采用")).toBeTruthy();
    expect(
      within(screen.getByText("已采用稿件的更新").closest("tr") as HTMLElement).getByText("原稿更新"),
    ).toBeTruthy();

    fireEvent.click(within(row).getByRole("button", { name: /退\s*回/ }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { name: /退\s*回/ }));
    expect(await within(dialog).findByText("请填写退回原因")).toBeTruthy();
    expect(declined).toBeNull();
    fireEvent.change(within(dialog).getByLabelText("退回原因"), { target: { value: "  与栏目定位不符 " } });
    fireEvent.click(within(dialog).getByRole("button", { name: /退\s*回/ }));
    await waitFor(() => expect(declined).toBe("p1"));
  });
});

describe("push targets", () => {
  it("offers other sites' channels under their site and maps each channel back to its site", () => {
    const channel = (id: string, name: string, children: ChannelNode[] = []): ChannelNode => ({
      id,
      name,
      path: id,
      kind: "LIST" as const,
      linkUrl: null,
      updateClass: "OTHER" as const,
      sortOrder: 0,
      children,
    });
    const { options, siteOf } = targetTree(
      [
        { siteId: "own", name: "本站", channels: [channel("c-own", "本站栏目")] },
        {
          siteId: "s2",
          name: "市总工会网站",
          channels: [channel("c2", "工作动态", [channel("c3", "基层动态")])],
        },
      ],
      "own",
    );
    expect(options.map((option) => option.title)).toEqual(["市总工会网站"]);
    expect(options[0]?.selectable).toBe(false);
    expect(siteOf.get("c3")).toBe("s2");
    expect(siteOf.has("c-own")).toBe(false);
  });
});
