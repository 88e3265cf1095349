import { describe, expect, it } from "vitest";
import { computeAccess } from "#app/access";
import type { LetterStatus } from "#gql/graphql";
import { FL, letterDetail, XCB, ZGH } from "../testing/fixtures";
import { availableActions } from "./availableActions";

// The one-window mailbox belongs to 市委宣传部 (XCB); the letter is handled by 市总工会 (ZGH).
const dispatcher = computeAccess([{ actions: ["letter.dispatch"], unit: { id: XCB.id } }]);
const handler = computeAccess([{ actions: ["letter.handle"], unit: { id: ZGH.id } }]);
const reviewer = computeAccess([{ actions: ["letter.reply_review"], unit: { id: ZGH.id } }]);
const otherHandler = computeAccess([
  { actions: ["letter.handle", "letter.reply_review"], unit: { id: FL.id } },
]);
const siteScoped = computeAccess([{ actions: ["letter.handle"], site: { id: "site-zgh" } }]);
const cityDispatcher = computeAccess([{ actions: ["letter.dispatch"] }]);
const supervisor = computeAccess([{ actions: ["supervise.read"] }]);

const at = (status: LetterStatus, extra: Parameters<typeof letterDetail>[0] = {}) =>
  letterDetail({ status, ...extra });

describe("letter actions by duty and state", () => {
  it("lets the mailbox unit's dispatcher accept, refuse, assign, close", () => {
    expect(availableActions(at("RECEIVED"), dispatcher)).toEqual(["accept", "notAccept"]);
    expect(availableActions(at("ACCEPTED"), dispatcher)).toEqual(["assign"]);
    expect(availableActions(at("HANDLING"), dispatcher)).toEqual(["transfer", "coHandle"]);
    expect(availableActions(at("REPLIED"), dispatcher)).toEqual(["close"]);
    expect(availableActions(at("RECEIVED"), cityDispatcher)).toEqual(["accept", "notAccept"]);
  });

  it("lets the owner unit's handler reply, ask, transfer and co-handle, and nobody else's", () => {
    expect(availableActions(at("HANDLING"), handler)).toEqual([
      "draftReply",
      "requestInfo",
      "transfer",
      "coHandle",
    ]);
    expect(availableActions(at("AWAITING_INFO"), handler)).toEqual(["provideInfo", "coHandle"]);
    expect(availableActions(at("RECEIVED"), handler)).toEqual([]);
    expect(availableActions(at("HANDLING"), otherHandler)).toEqual([]);
    expect(availableActions(at("REPLY_REVIEW"), otherHandler)).toEqual([]);
    // Site-scoped letter roles do not reach letters on the server either.
    expect(availableActions(at("HANDLING"), siteScoped)).toEqual([]);
  });

  it("lets the owner unit's reply reviewer review and then publish", () => {
    expect(availableActions(at("REPLY_REVIEW"), reviewer)).toEqual(["reviewReply"]);
    // Approved, not yet published: publish, or send it back.
    expect(availableActions(at("REPLY_APPROVED"), reviewer)).toEqual(["publishReply", "reviewReply"]);
    expect(availableActions(at("HANDLING"), reviewer)).toEqual([]);
  });

  it("offers rework only for an unsatisfied rating below the mailbox's limit", () => {
    expect(availableActions(at("RATED", { rating: "UNSATISFIED", reworkCount: 1 }), dispatcher)).toEqual([
      "rework",
      "close",
    ]);
    expect(availableActions(at("RATED", { rating: "UNSATISFIED", reworkCount: 2 }), dispatcher)).toEqual([
      "close",
    ]);
    expect(availableActions(at("RATED", { rating: "SATISFIED" }), dispatcher)).toEqual(["close"]);
  });

  it("gives a supervisor nothing to do and finished letters no actions", () => {
    for (const status of ["RECEIVED", "HANDLING", "REPLY_REVIEW", "RATED"] as const)
      expect(availableActions(at(status), supervisor)).toEqual([]);
    expect(availableActions(at("CLOSED"), dispatcher)).toEqual([]);
    expect(availableActions(at("NOT_ACCEPTED"), dispatcher)).toEqual([]);
  });
});
