// @vitest-environment jsdom
import "#test/setup";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "antd";
import { describe, expect, it } from "vitest";
import { SimilarRepliesDocument } from "../graphql/similarReplies";
import { SimilarRepliesCard } from "./SimilarRepliesCard";

const SLOW = { timeout: 5_000 };

describe("相似信件的既往答复", () => {
  it("lists past replies with their similarity and shows one's answer on demand", async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: SimilarRepliesDocument, variables: { letterId: "letter-1" } },
            result: {
              data: {
                similarReplies: [
                  {
                    __typename: "SimilarReply",
                    score: 0.625,
                    entry: {
                      __typename: "KnowledgeEntry",
                      id: "k1",
                      title: "小区门口道路积水严重",
                      answer: "经现场查看，积水系排水管堵塞所致，已安排疏通。",
                      category: "城乡建设",
                      answeredAt: "2026-11-20T02:00:00.000Z",
                    },
                  },
                ],
              },
            },
          },
        ]}
      >
        <App>
          <SimilarRepliesCard letterId="letter-1" />
        </App>
      </MockedProvider>,
    );
    expect(await screen.findByText("小区门口道路积水严重", undefined, SLOW)).toBeTruthy();
    expect(screen.getByText("相似度 63%")).toBeTruthy();
    fireEvent.click(screen.getByText("小区门口道路积水严重"));
    expect(
      await screen.findByText("经现场查看，积水系排水管堵塞所致，已安排疏通。", undefined, SLOW),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "复制答复" })).toBeTruthy();
  });

  it("says so when the knowledge base has nothing similar", async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: SimilarRepliesDocument, variables: { letterId: "letter-2" } },
            result: { data: { similarReplies: [] } },
          },
        ]}
      >
        <App>
          <SimilarRepliesCard letterId="letter-2" />
        </App>
      </MockedProvider>,
    );
    expect(await screen.findByText("智库中暂无相似答复", undefined, SLOW)).toBeTruthy();
  });
});
