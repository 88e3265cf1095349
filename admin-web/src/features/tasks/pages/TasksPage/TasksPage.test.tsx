// @vitest-environment jsdom
import "#test/setup";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage, user, workflowMock } from "../../../articles/testing/fixtures";
import { MyReviewTasksDocument } from "../../graphql/myReviewTasks";
import { TasksPage } from ".";

const transition = (
  id: string,
  action: "SUBMIT" | "APPROVE",
  at: string,
  actor: ReturnType<typeof user>,
) => ({
  __typename: "ReviewTransition" as const,
  id,
  action,
  at,
  actor,
});

describe("my review tasks", () => {
  it("lists what waits for me with its stage name, site, submitter and waiting time", async () => {
    const submittedAt = new Date(Date.now() - 26 * 3_600_000).toISOString();
    const approvedAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
    renderPage({
      path: "/tasks",
      at: "/tasks",
      element: <TasksPage />,
      actions: ["article.read", "article.review"],
      mocks: [
        workflowMock,
        {
          request: { query: MyReviewTasksDocument },
          result: {
            data: {
              myReviewTasks: [
                {
                  __typename: "Article",
                  id: "a1",
                  status: "IN_REVIEW",
                  reviewStage: 2,
                  updatedAt: approvedAt,
                  site: { __typename: "Site", id: "s1", name: "市总工会网站" },
                  channel: { __typename: "Channel", id: "c1", name: "工作动态" },
                  currentRevision: {
                    __typename: "Revision",
                    id: "r1",
                    number: 1,
                    title: "市总工会召开工作会议",
                  },
                  createdBy: user("u-editor", "张编辑"),
                  timeline: [
                    transition("t1", "SUBMIT", submittedAt, user("u-editor", "张编辑")),
                    transition("t2", "APPROVE", approvedAt, user("u-r1", "王初审")),
                  ],
                },
              ],
            },
          },
        },
      ],
    });
    const link = await screen.findByRole("link", { name: "市总工会召开工作会议" });
    expect(link.getAttribute("href")).toBe("/articles/a1");
    const row = link.closest("tr") as HTMLTableRowElement;
    expect(await within(row).findByText("复审")).toBeTruthy();
    expect(within(row).getByText("市总工会网站")).toBeTruthy();
    expect(within(row).getByText("张编辑")).toBeTruthy();
    expect(within(row).getByText("3 小时")).toBeTruthy();
  });
});
