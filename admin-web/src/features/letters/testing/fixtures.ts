// Mock data for the letters component tests: units, a signed-in staff member with given duties, and letters
// in any state, shaped exactly like the generated fragments.
import type { MockLink } from "@apollo/client/testing";
import { computeAccess } from "#app/access";
import type { CurrentUser, MeContextValue } from "#app/me";
import type { LetterDetailFragment, LetterRowFragment } from "#gql/graphql";
import { UnitsDocument } from "../../units/graphql/units";

export const XCB = { id: "unit-xcb", name: "市委宣传部" };
export const ZGH = { id: "unit-zgh", name: "市总工会" };
export const FL = { id: "unit-fl", name: "市妇联" };

const unit = (id: string, name: string, code: string) => ({
  __typename: "Unit" as const,
  id,
  name,
  shortName: null,
  code,
  kind: "MASS_ORGANIZATION" as const,
  level: "CITY" as const,
  sortOrder: 0,
  isDemo: true,
  parent: null,
});

export const unitsMock: MockLink.MockedResponse = {
  request: { query: UnitsDocument, variables: { filter: null } },
  result: {
    data: {
      units: [unit(XCB.id, XCB.name, "xcb"), unit(ZGH.id, ZGH.name, "zgh"), unit(FL.id, FL.name, "fl")],
    },
  },
  maxUsageCount: 20,
};

/** A staff member holding the given letter actions in one unit each (or city-wide without a unit). */
export function staff(grants: { actions: string[]; unit?: { id: string; name: string } }[]): MeContextValue {
  const me: CurrentUser = {
    kind: "STAFF",
    id: "user-1",
    displayName: "测试用户",
    user: { id: "user-1", username: "tester" },
    grants: grants.map((grant) => ({
      role: "letter_handler",
      roleName: "信件承办",
      stage: null,
      actions: grant.actions,
      unit: grant.unit ? { ...grant.unit, sites: [] } : null,
      site: null,
    })),
  };
  return {
    me,
    access: computeAccess(grants.map((grant) => ({ actions: grant.actions, unit: grant.unit ?? null }))),
    loading: false,
    currentSiteId: null,
    setCurrentSiteId: () => {},
    refetch: async () => undefined,
  };
}

type Deadline = LetterRowFragment["deadline"];

/** The generated types omit __typename; the mocked cache needs it to normalise. */
export function tn<T extends object>(typename: string, value: T): T {
  return { __typename: typename, ...value };
}

export const deadline = (remainingWorkdays: number | null, extra: Partial<Deadline> = {}): Deadline =>
  tn("LetterDeadline", {
    citizenDueAt: remainingWorkdays === null ? null : "2026-10-20",
    remainingWorkdays,
    repliedLateWorkdays: null,
    uncovered: false,
    paused: false,
    ...extra,
  });

export function letterRow(
  id: string,
  title: string,
  overrides: Partial<LetterRowFragment> = {},
): LetterRowFragment & { __typename: "Letter" } {
  return {
    __typename: "Letter",
    id,
    title,
    status: "HANDLING",
    held: false,
    ownerUnitId: ZGH.id,
    contactPhone: null,
    writerName: null,
    anonymous: false,
    createdAt: "2026-09-01T02:00:00.000Z",
    mailbox: tn("Mailbox", { id: "mb-1", name: "主席信箱" }),
    deadline: deadline(8),
    supervision: null,
    ...overrides,
  };
}

export function letterDetail(overrides: Partial<LetterDetailFragment> = {}): LetterDetailFragment & {
  __typename: "Letter";
} {
  return {
    __typename: "Letter",
    id: "letter-1",
    title: "小区加装电梯补贴怎么申请",
    content: "我家小区想加装电梯，请问补贴如何申请？",
    category: "城乡建设",
    attachments: [],
    publishable: true,
    status: "HANDLING",
    held: false,
    checkResult: null,
    ownerUnitId: ZGH.id,
    anonymous: true,
    contactPhone: "138****1234",
    contactPhoneFull: null,
    writerName: null,
    phoneVerified: true,
    notAcceptedReason: null,
    infoRequest: null,
    draftReply: null,
    reply: null,
    repliedAt: null,
    rating: null,
    ratingComment: null,
    reworkCount: 0,
    acceptedAt: "2026-09-01T03:00:00.000Z",
    closedAt: null,
    createdAt: "2026-09-01T02:00:00.000Z",
    mergedInto: null,
    mergedLetters: [],
    mailbox: tn("Mailbox", {
      id: "mb-1",
      name: "统一窗口",
      unitId: XCB.id,
      maxReworks: 2,
      deadlineWorkdays: 15,
      isOneWindow: true,
    }),
    units: [
      tn("LetterUnit", {
        unitId: ZGH.id,
        role: "LEAD",
        startedAt: "2026-09-01T04:00:00.000Z",
        endedAt: null,
        dueAt: "2026-09-22",
      }),
    ],
    deadline: { ...deadline(5), unitDueAt: "2026-09-22" },
    timeline: [
      tn("LetterAction", {
        id: "a1",
        action: "submit",
        actorKind: "CITIZEN",
        actorName: null,
        unitId: XCB.id,
        comment: null,
        rating: null,
        at: "2026-09-01T02:00:00.000Z",
      }),
      tn("LetterAction", {
        id: "a2",
        action: "assign",
        actorKind: "STAFF",
        actorName: "市委宣传部信件分办",
        unitId: ZGH.id,
        comment: "请市总工会办理",
        rating: null,
        at: "2026-09-01T04:00:00.000Z",
      }),
    ],
    ...overrides,
  };
}
