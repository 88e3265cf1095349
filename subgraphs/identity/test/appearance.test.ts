// Integration: 站点外观 (theme and home layout) and the city-wide grey mode — who may change them, validation
// with clear messages (colour contrast), defaults when unset, and the events the portal invalidates by.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SiteRow } from "../src/modules/site/site.sql";
import { startIdentity, type TestIdentity } from "./testkit";

let t: TestIdentity;
let siteA: SiteRow;
let siteB: SiteRow;
let platformToken: string;
let adminAToken: string;

beforeAll(async () => {
  t = await startIdentity();
  const unitA = await t.seed.unit({ name: "市妇联" });
  const unitB = await t.seed.unit({ name: "市残联" });
  siteA = await t.seed.site(unitA.id, { code: "fl-look" });
  siteB = await t.seed.site(unitB.id, { code: "cl-look" });
  const platform = await t.seed.user({ username: "platform-look", roles: [{ role: "platform_admin" }] });
  const adminA = await t.seed.user({
    username: "admin-look",
    unitId: unitA.id,
    roles: [{ role: "unit_admin", unitId: unitA.id }],
  });
  platformToken = await t.seed.tokenFor(platform.id);
  adminAToken = await t.seed.tokenFor(adminA.id);
});
afterAll(async () => t?.stop());

type Errors = { errors?: { message: string; extensions?: { code?: string } }[] };
const code = (result: Errors) => result.errors?.[0]?.extensions?.code;

const APPEARANCE = `mutation($id: ID!, $input: SiteAppearanceInput!) {
  updateSiteAppearance(id: $id, input: $input) {
    id
    theme { logoUrl bannerUrl primaryColor footerText icpNumber policeNumber showGovMark }
    homeLayout { kind channelId title }
  }
}`;
const SITE = `query($code: String!) { siteByCode(code: $code) { theme { primaryColor showGovMark icpNumber } homeLayout { kind channelId } } }`;
const CHANNEL = "0b6c7f6e-7a51-4a3e-9c1a-6d1f2f0a9b11";

describe("site appearance", () => {
  it("starts from the defaults and is public on the site", async () => {
    const result = await t.gql<{
      siteByCode: { theme: { primaryColor: string | null; showGovMark: boolean } };
    }>(SITE, { code: siteA.code });
    expect(result.errors).toBeUndefined();
    expect(result.data?.siteByCode).toEqual({
      theme: { primaryColor: null, showGovMark: false, icpNumber: null },
      homeLayout: null,
    });
  });

  it("lets the unit admin set theme and layout, emitting site.updated with both", async () => {
    const result = await t.gql<{
      updateSiteAppearance: { theme: Record<string, unknown>; homeLayout: unknown[] };
    }>(
      APPEARANCE,
      {
        id: siteA.id,
        input: {
          theme: {
            primaryColor: "#1D5AA6",
            logoUrl: "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            footerText: "地址：重庆市渝中区",
            icpNumber: "渝ICP备05003300号",
            policeNumber: "渝公网安备 50010302000001号",
            showGovMark: true,
          },
          homeLayout: [
            { kind: "HEADLINE" },
            { kind: "CHANNEL", channelId: CHANNEL, title: "工作要闻" },
            { kind: "PINNED" },
          ],
        },
      },
      { token: adminAToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateSiteAppearance.theme).toEqual({
      primaryColor: "#1d5aa6",
      logoUrl: "/media/3f2504e0-4f89-41d3-9a0c-0305e82c3301",
      bannerUrl: null,
      footerText: "地址：重庆市渝中区",
      icpNumber: "渝ICP备05003300号",
      policeNumber: "渝公网安备 50010302000001号",
      showGovMark: true,
    });
    expect(result.data?.updateSiteAppearance.homeLayout).toEqual([
      { kind: "HEADLINE", channelId: null, title: null },
      { kind: "CHANNEL", channelId: CHANNEL, title: "工作要闻" },
      { kind: "PINNED", channelId: null, title: null },
    ]);
    const events = (await t.outbox("site.updated")).filter((event) => event.aggregate_id === siteA.id);
    const payload = events.at(-1)?.payload as { theme: { primaryColor: string }; homeLayout: unknown[] };
    expect(payload.theme.primaryColor).toBe("#1d5aa6");
    expect(payload.homeLayout).toHaveLength(3);

    // null resets the layout; leaving the theme out keeps it.
    const reset = await t.gql<{
      updateSiteAppearance: { theme: { primaryColor: string }; homeLayout: null };
    }>(APPEARANCE, { id: siteA.id, input: { homeLayout: null } }, { token: adminAToken });
    expect(reset.data?.updateSiteAppearance.homeLayout).toBeNull();
    expect(reset.data?.updateSiteAppearance.theme.primaryColor).toBe("#1d5aa6");
  });

  it("refuses a primary colour white text cannot be read on, saying why", async () => {
    const before = (await t.outbox("site.updated")).length;
    const light = await t.gql(
      APPEARANCE,
      { id: siteA.id, input: { theme: { primaryColor: "#f5c518" } } },
      { token: adminAToken },
    );
    expect(code(light)).toBe("BAD_USER_INPUT");
    expect(light.errors?.[0]?.message).toContain("对比度");
    expect(light.errors?.[0]?.message).toContain("4.5:1");
    const malformed = await t.gql(
      APPEARANCE,
      { id: siteA.id, input: { theme: { primaryColor: "red" } } },
      { token: adminAToken },
    );
    expect(code(malformed)).toBe("BAD_USER_INPUT");
    const outsideImage = await t.gql(
      APPEARANCE,
      { id: siteA.id, input: { theme: { logoUrl: "https://evil.example/logo.png" } } },
      { token: adminAToken },
    );
    expect(code(outsideImage)).toBe("BAD_USER_INPUT");
    const channelless = await t.gql(
      APPEARANCE,
      { id: siteA.id, input: { homeLayout: [{ kind: "CHANNEL" }] } },
      { token: adminAToken },
    );
    expect(code(channelless)).toBe("BAD_USER_INPUT");
    expect((await t.outbox("site.updated")).length).toBe(before);
  });

  it("refuses another unit's admin and anonymous callers", async () => {
    const foreign = await t.gql(
      APPEARANCE,
      { id: siteB.id, input: { theme: { primaryColor: "#134280" } } },
      { token: adminAToken },
    );
    expect(code(foreign)).toBe("FORBIDDEN");
    const anonymous = await t.gql(APPEARANCE, { id: siteB.id, input: { theme: {} } });
    expect(["UNAUTHENTICATED", "FORBIDDEN"]).toContain(code(anonymous));
  });
});

describe("grey mode", () => {
  const SET = `mutation($enabled: Boolean!) { setGreyMode(enabled: $enabled) { greyMode greyModeChangedAt } }`;
  const GET = `{ platformSettings { greyMode } }`;

  it("is switched by the platform admin only, public to read, and announced by an event", async () => {
    expect(
      (await t.gql<{ platformSettings: { greyMode: boolean } }>(GET)).data?.platformSettings.greyMode,
    ).toBe(false);
    expect(code(await t.gql(SET, { enabled: true }, { token: adminAToken }))).toBe("FORBIDDEN");
    const on = await t.gql<{ setGreyMode: { greyMode: boolean; greyModeChangedAt: string } }>(
      SET,
      { enabled: true },
      { token: platformToken },
    );
    expect(on.errors).toBeUndefined();
    expect(on.data?.setGreyMode.greyMode).toBe(true);
    expect(
      (await t.gql<{ platformSettings: { greyMode: boolean } }>(GET)).data?.platformSettings.greyMode,
    ).toBe(true);
    const events = await t.outbox("platform.grey_mode_changed");
    expect(events.map((event) => event.payload)).toEqual([{ greyMode: true }]);
    await t.gql(SET, { enabled: false }, { token: platformToken });
    expect(
      (await t.gql<{ platformSettings: { greyMode: boolean } }>(GET)).data?.platformSettings.greyMode,
    ).toBe(false);
  });
});
