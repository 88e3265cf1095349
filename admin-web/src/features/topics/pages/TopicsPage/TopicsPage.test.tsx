// @vitest-environment jsdom
import "#test/setup";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage, XSS } from "../../../articles/testing/fixtures";
import { SiteTopicsDocument } from "../../graphql/topics";
import { TopicsPage } from ".";

const topic = (id: string, name: string, enabled: boolean) => ({
  __typename: "Topic" as const,
  id,
  name,
  slug: `zt-${id}`,
  description: null,
  bannerImageId: null,
  bannerImageUrl: null,
  pinnedArticleIds: ["a1", "a2"],
  sortOrder: 0,
  enabled,
  updatedAt: "2025-03-01T02:00:00.000Z",
  sourceChannels: [
    {
      __typename: "Channel" as const,
      id: "c1",
      name: "工作动态",
      site: { __typename: "Site" as const, id: "s1" },
    },
  ],
});

describe("topics page", () => {
  it("lists the site's topics with their address, source channels and state; names are text", async () => {
    const { container } = renderPage({
      path: "/topics",
      at: "/topics",
      element: <TopicsPage />,
      actions: ["channel.manage"],
      mocks: [
        {
          request: { query: SiteTopicsDocument, variables: { siteId: "s1" } },
          result: {
            data: {
              site: {
                __typename: "Site" as const,
                id: "s1",
                code: "tw",
                topics: [topic("t1", "学习贯彻专题", true), topic("t2", XSS, false)],
              },
            },
          },
        },
      ],
    });
    const table = (await screen.findByText("学习贯彻专题")).closest("table") as HTMLTableElement;
    expect(within(table).getByText("/zt/zt-t1/")).toBeTruthy();
    expect(within(table).getAllByText("工作动态")).toHaveLength(2);
    expect(within(table).getByText("启用")).toBeTruthy();
    expect(within(table).getByText("停用")).toBeTruthy();
    expect(within(table).getByText(XSS)).toBeTruthy();
    expect(container.querySelector("img[onerror]")).toBeNull();
    expect(screen.getByRole("button", { name: /新建专题/ })).toBeTruthy();
  });
});
