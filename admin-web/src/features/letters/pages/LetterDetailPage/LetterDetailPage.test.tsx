// @vitest-environment jsdom
import "#test/setup";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "antd";
import { GraphQLError } from "graphql";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { MeContext, type MeContextValue } from "#app/me";
import type { LetterDetailFragment } from "#gql/graphql";
import { AssignLetterDocument } from "../../graphql/assignLetter";
import { DraftLetterReplyDocument } from "../../graphql/draftLetterReply";
import { LetterDocument } from "../../graphql/letter";

type Finding = NonNullable<LetterDetailFragment["checkResult"]>["findings"][number];

import { LetterRoutingSuggestionDocument } from "../../graphql/letterRoutingSuggestion";
import { LetterSimilarLettersDocument } from "../../graphql/letterSimilarLetters";
import { PublishLetterReplyDocument } from "../../graphql/publishLetterReply";
import { ReviewLetterReplyDocument } from "../../graphql/reviewLetterReply";
import { TransferLetterDocument } from "../../graphql/transferLetter";
import { deadline, FL, letterDetail, staff, tn, unitsMock, XCB, ZGH } from "../../testing/fixtures";
import { LetterDetailPage } from ".";

const SLOW = { timeout: 5_000 };
const ALL_BUTTONS = [
  "受理",
  "不予受理",
  "交办",
  "转办",
  "协办单位",
  "请写信人补充材料",
  "登记补充材料",
  "起草答复",
  "审核答复",
  "发布答复",
  "退回返工",
  "办结",
];

const letterMock = (letter: ReturnType<typeof letterDetail>): MockLink.MockedResponse => ({
  request: { query: LetterDocument, variables: { id: letter.id } },
  result: { data: { letter } },
  maxUsageCount: 5,
});

/** The 相似信件 card asks for every letter shown; by default there are none. */
const noSimilarLetters = (id: string): MockLink.MockedResponse => ({
  request: { query: LetterSimilarLettersDocument, variables: { id } },
  result: { data: { letter: tn("Letter", { id, similarLetters: [] }) } },
  maxUsageCount: 10,
});

function renderDetail(me: MeContextValue, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={[unitsMock, ...mocks, noSimilarLetters("letter-1")]}>
      <App>
        <MeContext.Provider value={me}>
          <MemoryRouter initialEntries={["/letters/letter-1"]}>
            <Routes>
              <Route path="/letters/:id" element={<LetterDetailPage />} />
            </Routes>
          </MemoryRouter>
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

/** The action buttons on the page, by their text. */
function actionButtons(): string[] {
  const bar = screen.queryByLabelText("办理操作");
  if (!bar) return [];
  return within(bar)
    .queryAllByRole("button")
    .map((button) => (button.textContent ?? "").replace(/\s/g, ""))
    .filter((text) => ALL_BUTTONS.includes(text));
}

function dialogTitled(title: string): HTMLElement {
  const heading = screen.queryAllByText(title).find((node) => node.closest(".ant-modal-title"));
  const dialog = heading?.closest('[role="dialog"]') as HTMLElement | null;
  if (!dialog) throw new Error(`no dialog ${title}`);
  return dialog;
}

const handler = () => staff([{ actions: ["letter.handle"], unit: ZGH }]);

describe("letter detail", () => {
  it("shows content, masked phone, deadline card and timeline, and a handler's actions for a letter in handling", async () => {
    renderDetail(handler(), [letterMock(letterDetail())]);
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    expect(screen.getByText("138****1234")).toBeTruthy();
    expect(screen.getByText("2026-10-20")).toBeTruthy();
    expect(screen.getByText("剩余 5 个工作日").getAttribute("data-level")).toBe("ok");
    // 04:00 UTC is 12:00 in Shanghai.
    const timeline = screen.getByLabelText("办理记录");
    expect(within(timeline).getByText("2026-09-01 12:00")).toBeTruthy();
    expect(within(timeline).getByText("交办")).toBeTruthy();
    expect(within(timeline).getByText("请市总工会办理")).toBeTruthy();
    await waitFor(
      () => expect(within(timeline).getByText(/市委宣传部信件分办 · 市总工会/)).toBeTruthy(),
      SLOW,
    );
    expect(actionButtons()).toEqual(["起草答复", "请写信人补充材料", "转办", "协办单位"]);
  });

  it("shows the handling unit the writer's full phone and a signed-in writer's name", async () => {
    renderDetail(handler(), [letterMock(letterDetail({ contactPhoneFull: "13800001234" }))]);
    await screen.findByText("13800001234", undefined, SLOW);
    expect(screen.queryByText("138****1234")).toBeNull();
    expect(screen.getByText("匿名（手机联系）")).toBeTruthy();
  });

  it("names a signed-in writer instead of 实名用户", async () => {
    const letter = letterDetail({ anonymous: false, contactPhone: null, writerName: "张三" });
    renderDetail(handler(), [letterMock(letter)]);
    await screen.findByText("张三", undefined, SLOW);
    expect(screen.queryByText("实名用户")).toBeNull();
  });

  it("offers nothing to a handler of another unit, and only 审核答复 to the owner unit's reply reviewer", async () => {
    const { unmount } = renderDetail(
      staff([{ actions: ["letter.handle", "letter.reply_review"], unit: FL }]),
      [letterMock(letterDetail({ status: "REPLY_REVIEW", draftReply: "已转相关部门办理。" }))],
    );
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    expect(actionButtons()).toEqual([]);
    unmount();

    renderDetail(staff([{ actions: ["letter.reply_review"], unit: ZGH }]), [
      letterMock(letterDetail({ status: "REPLY_REVIEW", draftReply: "已转相关部门办理。" })),
    ]);
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    expect(actionButtons()).toEqual(["审核答复"]);
  });

  it("shows the calendar warning and the pause on the deadline card", async () => {
    renderDetail(handler(), [
      letterMock(
        letterDetail({
          status: "AWAITING_INFO",
          infoRequest: "请提供小区名称",
          deadline: { ...letterDetail().deadline, uncovered: true, paused: true, remainingWorkdays: -1 },
        }),
      ),
    ]);
    await screen.findByText("请提供小区名称", undefined, SLOW);
    expect(screen.getByText(/工作日历未录入的年份/)).toBeTruthy();
    expect(screen.getByText("待写信人补充材料，计时暂停")).toBeTruthy();
    expect(screen.getByText("逾期 1 个工作日").getAttribute("data-level")).toBe("overdue");
    expect(actionButtons()).toEqual(["登记补充材料", "协办单位"]);
  });

  it("transfers with a unit and a reason, then shows the new owner and drops the old unit's buttons", async () => {
    let sent: unknown = null;
    const transferred: LetterDetailFragment = {
      ...letterDetail(),
      ownerUnitId: FL.id,
      timeline: [
        ...letterDetail().timeline,
        {
          __typename: "LetterAction",
          id: "a3",
          action: "transfer",
          actorKind: "STAFF",
          actorName: "市总工会信件承办",
          unitId: FL.id,
          comment: "属妇联职责",
          rating: null,
          at: "2026-09-02T01:00:00.000Z",
        } as LetterDetailFragment["timeline"][number],
      ],
    };
    renderDetail(handler(), [
      letterMock(letterDetail()),
      {
        request: {
          query: TransferLetterDocument,
          variables: { id: "letter-1", unitId: FL.id, reason: "属妇联职责" },
        },
        result: (variables) => {
          sent = variables;
          return { data: { transferLetter: transferred } };
        },
      },
    ]);
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    fireEvent.click(screen.getByRole("button", { name: /转\s*办/ }));
    const dialog = await waitFor(() => dialogTitled("转办"), SLOW);
    fireEvent.mouseDown(within(dialog).getByLabelText("单位"));
    // The current owner is not offered as a transfer target.
    await screen.findByTitle(FL.name, undefined, SLOW);
    expect(screen.queryByTitle(ZGH.name)).toBeNull();
    fireEvent.click(screen.getByTitle(FL.name));
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    expect(await within(dialog).findByText("请填写转办理由", undefined, SLOW)).toBeTruthy();
    expect(sent).toBeNull();

    fireEvent.change(within(dialog).getByLabelText("转办理由"), { target: { value: "属妇联职责" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    await waitFor(() => expect(sent).toEqual({ id: "letter-1", unitId: FL.id, reason: "属妇联职责" }), SLOW);
    await screen.findByText("属妇联职责", undefined, SLOW);
    await waitFor(() => expect(actionButtons()).toEqual([]), SLOW);
    expect(screen.getAllByText(FL.name).length).toBeGreaterThan(0);
  });

  it("needs a comment to send a reply back, and sends approve=false with it", async () => {
    let sent: unknown = null;
    const letter = letterDetail({ status: "REPLY_REVIEW", draftReply: "已转相关部门办理。" });
    renderDetail(staff([{ actions: ["letter.reply_review"], unit: ZGH }]), [
      letterMock(letter),
      {
        request: {
          query: ReviewLetterReplyDocument,
          variables: { id: "letter-1", approve: false, comment: "请写明补贴标准" },
        },
        result: (variables) => {
          sent = variables;
          return { data: { reviewLetterReply: { ...letter, status: "HANDLING" } } };
        },
      },
    ]);
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    fireEvent.click(screen.getByRole("button", { name: /审核答复/ }));
    const dialog = await waitFor(() => dialogTitled("审核答复"), SLOW);
    expect(within(dialog).getByText("已转相关部门办理。")).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText("退回修改"));
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    expect(await within(dialog).findByText("请填写审核意见（至少 2 个字）", undefined, SLOW)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText("审核意见"), { target: { value: "请写明补贴标准" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    await waitFor(
      () => expect(sent).toEqual({ id: "letter-1", approve: false, comment: "请写明补贴标准" }),
      SLOW,
    );
    await waitFor(() => expect(actionButtons()).toEqual([]), SLOW);
  });

  it("shows next to the reply why the server refused it, and keeps the draft for correcting", async () => {
    const refusal = "答复中含有来信人的个人信息（手机号码），请删除后再保存";
    const content = "张三同志：您好！已电话联系您（13800001234），补贴按季度发放。";
    renderDetail(handler(), [
      letterMock(letterDetail()),
      {
        request: { query: DraftLetterReplyDocument, variables: { id: "letter-1", content } },
        result: {
          errors: [
            new GraphQLError(refusal, {
              extensions: {
                code: "BAD_USER_INPUT",
                reason: "PERSONAL_DATA",
                fields: [{ path: "content", message: refusal }],
              },
            }),
          ],
        },
      },
    ]);
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    fireEvent.click(screen.getByRole("button", { name: /起草答复/ }));
    const dialog = await waitFor(() => dialogTitled("起草答复"), SLOW);
    const field = within(dialog).getByLabelText("答复内容");
    fireEvent.change(field, { target: { value: content } });
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    const shown = await within(dialog).findByText(refusal, undefined, SLOW);
    expect(shown.closest(".ant-form-item")?.contains(field)).toBe(true);
    expect((field as HTMLTextAreaElement).value).toBe(content);
    expect(dialogTitled("起草答复")).toBe(dialog);
  });

  it("shows in the publish dialog why an approved reply cannot be published", async () => {
    const refusal = "答复中含有来信人的个人信息（详细住址），不能发布";
    renderDetail(staff([{ actions: ["letter.reply_review"], unit: ZGH }]), [
      letterMock(letterDetail({ status: "REPLY_APPROVED", draftReply: "已到解放路88号3单元502室查看。" })),
      {
        request: { query: PublishLetterReplyDocument, variables: { id: "letter-1" } },
        result: {
          errors: [
            new GraphQLError(refusal, {
              extensions: { code: "BAD_USER_INPUT", fields: [{ path: "content", message: refusal }] },
            }),
          ],
        },
      },
    ]);
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    fireEvent.click(screen.getByRole("button", { name: /发布答复/ }));
    const dialog = await waitFor(() => dialogTitled("发布答复"), SLOW);
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    expect(await within(dialog).findByText(refusal, undefined, SLOW)).toBeTruthy();
    // The way out: the reviewer sends the approved reply back (退回修改); approving it again is not offered.
    expect(actionButtons()).toEqual(["发布答复", "审核答复"]);
    fireEvent.click(within(dialog).getByRole("button", { name: /取\s*消/ }));
    fireEvent.click(screen.getByRole("button", { name: /审核答复/ }));
    const review = await waitFor(() => dialogTitled("审核答复"), SLOW);
    expect(within(review).queryByLabelText("通过")).toBeNull();
    expect((within(review).getByLabelText("退回修改") as HTMLInputElement).checked).toBe(true);
  });

  it("shows a dispatcher the routing suggestion and starts the assign form with the suggested unit", async () => {
    let sent: unknown = null;
    const accepted = letterDetail({ status: "ACCEPTED", ownerUnitId: XCB.id, units: [] });
    renderDetail(staff([{ actions: ["letter.dispatch"], unit: XCB }]), [
      letterMock(accepted),
      {
        request: { query: LetterRoutingSuggestionDocument, variables: { id: "letter-1" } },
        result: {
          data: {
            letter: {
              __typename: "Letter",
              id: "letter-1",
              routingSuggestion: {
                __typename: "RoutingSuggestion",
                modelVersion: 3,
                categories: [
                  { __typename: "RoutingCategoryGuess", category: "劳动保障", confidence: 0.82 },
                  { __typename: "RoutingCategoryGuess", category: "城乡建设", confidence: 0.1 },
                ],
                category: "劳动保障",
                unit: { __typename: "Unit", id: ZGH.id, name: ZGH.name },
                unitConfidence: 0.82,
                unitSource: "CONFIGURED",
              },
            },
          },
        },
      },
      {
        request: {
          query: AssignLetterDocument,
          variables: { id: "letter-1", unitId: ZGH.id, comment: null },
        },
        result: (variables) => {
          sent = variables;
          return {
            data: { assignLetter: { ...accepted, status: "HANDLING", ownerUnitId: ZGH.id } },
          };
        },
      },
    ]);
    await screen.findByText("分办建议", undefined, SLOW);
    expect(screen.getByText("劳动保障 82%")).toBeTruthy();
    expect(screen.getByText(/模型第 3 版，按类别对照表/)).toBeTruthy();
    expect(actionButtons()).toEqual(["交办"]);
    fireEvent.click(screen.getByRole("button", { name: /交\s*办/ }));
    const dialog = await waitFor(() => dialogTitled("交办"), SLOW);
    fireEvent.click(within(dialog).getByRole("button", { name: /确\s*定/ }));
    await waitFor(() => expect(sent).toEqual({ id: "letter-1", unitId: ZGH.id, comment: null }), SLOW);
  });

  it("offers 督办 to a city supervisor and the mailbox's dispatcher, not to the handler, and only while running", async () => {
    const supervisor = renderDetail(staff([{ actions: ["letter.supervise"] }]), [letterMock(letterDetail())]);
    expect(await screen.findByRole("button", { name: /^督办：/ }, SLOW)).toBeTruthy();
    supervisor.unmount();

    const dispatcher = renderDetail(staff([{ actions: ["letter.dispatch"], unit: XCB }]), [
      letterMock(letterDetail()),
    ]);
    expect(await screen.findByRole("button", { name: /^督办：/ }, SLOW)).toBeTruthy();
    dispatcher.unmount();

    const own = renderDetail(handler(), [letterMock(letterDetail())]);
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    expect(screen.queryByRole("button", { name: /^督办：/ })).toBeNull();
    own.unmount();

    const closed = renderDetail(staff([{ actions: ["letter.supervise"] }]), [
      letterMock(letterDetail({ status: "CLOSED" })),
    ]);
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    expect(screen.queryByRole("button", { name: /^督办：/ })).toBeNull();
    closed.unmount();
  });

  it("shows 合并办理 both ways: the merged letter links its primary, the primary lists what follows it", async () => {
    const mergeStep = (id: string, action: string, comment: string) =>
      tn("LetterAction", {
        id,
        action,
        actorKind: "STAFF" as const,
        actorName: "市总工会信件承办",
        unitId: ZGH.id,
        comment,
        rating: null,
        at: "2026-09-02T04:00:00.000Z",
      });
    const { unmount } = renderDetail(handler(), [
      letterMock(
        letterDetail({
          status: "MERGED",
          mergedInto: tn("Letter", {
            id: "letter-0",
            title: "加装电梯补贴申请流程",
            mailbox: tn("Mailbox", { id: "mb-1", unitId: XCB.id }),
          }),
          timeline: [mergeStep("a3", "merge", "并入《加装电梯补贴申请流程》合并办理")],
        }),
      ),
    ]);
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("本信件已并入");
    expect(within(alert).getByRole("link", { name: "《加装电梯补贴申请流程》" }).getAttribute("href")).toBe(
      "/letters/letter-0",
    );
    expect(within(alert).getByRole("button", { name: "取消合并" })).toBeTruthy();
    expect(within(screen.getByLabelText("办理记录")).getByText("并入其他信件合并办理")).toBeTruthy();
    // A merged letter is handled through its primary: no duplicates of its own to merge.
    expect(screen.queryByText("相似信件")).toBeNull();
    unmount();

    renderDetail(handler(), [
      letterMock(
        letterDetail({
          mergedLetters: [
            tn("Letter", {
              id: "letter-2",
              title: "老旧小区电梯补贴",
              status: "MERGED" as const,
              createdAt: "2026-09-02T02:00:00.000Z",
            }),
          ],
          timeline: [
            mergeStep("a3", "merge_in", "并入 1 封：《老旧小区电梯补贴》"),
            mergeStep("a4", "unmerge_out", "《老旧小区电梯补贴》已取消合并"),
          ],
        }),
      ),
    ]);
    const list = await screen.findByLabelText("并入本件的信件", undefined, SLOW);
    expect(within(list).getByRole("link", { name: "老旧小区电梯补贴" }).getAttribute("href")).toBe(
      "/letters/letter-2",
    );
    const timeline = screen.getByLabelText("办理记录");
    expect(within(timeline).getByText("并入同类信件")).toBeTruthy();
    expect(within(timeline).getByText("并入的信件取消合并")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(await screen.findByText("近期没有相似信件", undefined, SLOW)).toBeTruthy();
  });

  it("lists what the text check flagged on a held letter and marks it in the content", async () => {
    const finding = (key: string, extra: Partial<Finding>): Finding =>
      tn("LetterCheckFinding", {
        key,
        field: "BODY",
        start: 0,
        end: 0,
        text: "",
        category: "sensitive",
        severity: "BLOCK" as const,
        suggestion: null,
        explanation: "",
        ...extra,
      });
    const content = "两岸三地的朋友都关心扫黑险恶专项斗争。";
    renderDetail(staff([{ actions: ["letter.dispatch"], unit: XCB }]), [
      letterMock(
        letterDetail({
          status: "RECEIVED",
          held: true,
          content,
          deadline: { ...deadline(null), unitDueAt: null },
          units: [],
          checkResult: tn("LetterCheckResult", {
            lexiconVersion: 7,
            blockCount: 1,
            findings: [
              finding("f1", {
                start: content.indexOf("扫黑险恶"),
                end: content.indexOf("扫黑险恶") + 4,
                text: "扫黑险恶",
                category: "wording",
                suggestion: "扫黑除恶",
                explanation: "规范表述为“扫黑除恶”",
              }),
              finding("f2", {
                start: 0,
                end: 4,
                text: "两岸三地",
                severity: "WARN",
                explanation: "涉港澳台表述，请核实语境",
              }),
            ],
          }),
        }),
      ),
    ]);
    const card = await screen.findByLabelText("内容校验", undefined, SLOW);
    expect(within(card).getByText("内容校验发现 1 处须人工确认的问题")).toBeTruthy();
    expect(within(card).getByText("必须修改")).toBeTruthy();
    expect(within(card).getByText("规范表述")).toBeTruthy();
    expect(within(card).getByText("规范表述为“扫黑除恶”")).toBeTruthy();
    expect(within(card).getByText("建议：扫黑除恶")).toBeTruthy();
    expect(within(card).getByText("建议修改")).toBeTruthy();
    expect(within(card).getByText("敏感词")).toBeTruthy();
    expect(within(card).getByText("涉港澳台表述，请核实语境")).toBeTruthy();
    // The content keeps every word, with the findings marked in place.
    const body = screen.getByLabelText("信件正文");
    const marks = [...body.querySelectorAll("mark")].map((mark) => [
      mark.textContent,
      mark.getAttribute("data-severity"),
    ]);
    expect(marks).toEqual([
      ["两岸三地", "WARN"],
      ["扫黑险恶", "BLOCK"],
    ]);
    expect(body.textContent).toBe(content);
  });

  it("shows an answered letter as answered: deadline met, the published reply, ratings and who acted", async () => {
    renderDetail(handler(), [
      letterMock(
        letterDetail({
          status: "RATED",
          // Published masked: the draft still holds the number, and is not an unpublished reply.
          draftReply: "已联系物业，电话 13800001234。",
          reply: "已联系物业，电话 138****1234。",
          repliedAt: "2026-09-10T02:00:00.000Z",
          rating: "BASICALLY_SATISFIED",
          ratingComment: "还算及时",
          deadline: {
            ...deadline(null, { citizenDueAt: "2026-10-20", repliedLateWorkdays: 0 }),
            unitDueAt: null,
          },
          timeline: [
            tn("LetterAction", {
              id: "a1",
              action: "submit",
              actorKind: "CITIZEN" as const,
              actorName: "张三",
              unitId: XCB.id,
              comment: null,
              rating: null,
              at: "2026-09-01T02:00:00.000Z",
            }),
            tn("LetterAction", {
              id: "a2",
              action: "hold",
              actorKind: "SYSTEM" as const,
              actorName: "内容校验",
              unitId: XCB.id,
              comment: "内容校验发现 1 处须人工确认的问题（词库版本 7）",
              rating: null,
              at: "2026-09-01T02:00:00.000Z",
            }),
            tn("LetterAction", {
              id: "a3",
              action: "rate",
              actorKind: "CITIZEN" as const,
              actorName: "张三",
              unitId: null,
              comment: "还算及时",
              rating: "BASICALLY_SATISFIED" as const,
              at: "2026-09-11T02:00:00.000Z",
            }),
          ],
        }),
      ),
    ]);
    await screen.findByText("我家小区想加装电梯，请问补贴如何申请？", undefined, SLOW);
    expect(screen.getByText("已按期答复").getAttribute("data-level")).toBe("ok");
    expect(screen.queryByText(/剩余 \d+ 个工作日/)).toBeNull();
    expect(screen.getByText(/^已发布答复/)).toBeTruthy();
    expect(screen.getByLabelText("已发布答复").textContent).toBe("已联系物业，电话 138****1234。");
    expect(screen.queryByText("答复稿（未发布）")).toBeNull();

    const timeline = screen.getByLabelText("办理记录");
    // The writer acted for nobody but themselves; the hold was the text check's, not the writer's.
    expect(within(timeline).getAllByText("写信人 张三")).toHaveLength(2);
    expect(within(timeline).queryByText(/张三 · /)).toBeNull();
    expect(within(timeline).getByText("系统（内容校验）")).toBeTruthy();
    expect(within(timeline).getByText("基本满意")).toBeTruthy();
    expect(within(timeline).getByText("还算及时")).toBeTruthy();

    // Roles come from the server as LEAD/CO.
    await waitFor(() => expect(screen.getByText("主办")).toBeTruthy(), SLOW);
    expect(screen.queryByText("LEAD")).toBeNull();
  });
});
