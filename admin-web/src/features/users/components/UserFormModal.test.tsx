// @vitest-environment jsdom
import "#test/setup";
import { MockedProvider } from "@apollo/client/testing/react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "antd";
import { describe, expect, it } from "vitest";
import { computeAccess } from "#app/access";
import { MeContext, type MeContextValue } from "#app/me";
import { UnitsDocument } from "../../units/graphql/units";
import { UserFormModal } from "./UserFormModal";

const unit = (id: string, name: string) => ({
  __typename: "Unit" as const,
  id,
  name,
  shortName: null,
  code: id,
  kind: "MASS_ORGANIZATION" as const,
  level: "CITY" as const,
  sortOrder: 0,
  isDemo: false,
  parent: null,
});
const unitsMock = {
  request: { query: UnitsDocument, variables: { filter: null } },
  // The units query lists every unit the caller may read, more than those it manages users in.
  result: { data: { units: [unit("u1", "市总工会"), unit("u2", "市妇联")] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderForm(grants: MeContextValue["access"]) {
  const value: MeContextValue = {
    me: null,
    access: grants,
    loading: false,
    currentSiteId: null,
    setCurrentSiteId: () => {},
    refetch: async () => undefined,
  };
  return render(
    <MockedProvider mocks={[unitsMock]}>
      <App>
        <MeContext.Provider value={value}>
          <UserFormModal open user={null} onClose={() => {}} />
        </MeContext.Provider>
      </App>
    </MockedProvider>,
  );
}

async function openUnitSelect() {
  const select = screen.getByRole("combobox", { name: "所属单位" });
  fireEvent.mouseDown(select);
  return screen.findByRole("listbox");
}

describe("create-user form", () => {
  it("requires a unit, among the units the caller manages, without city-wide user.manage", async () => {
    renderForm(computeAccess([{ actions: ["user.manage"], unit: { id: "u1" } }]));
    fireEvent.click(screen.getByRole("button", { name: /确\s*定|OK/ }));
    expect(await screen.findByText("请选择所属单位")).toBeTruthy();
    await openUnitSelect();
    expect(await screen.findByTitle("市总工会")).toBeTruthy();
    expect(screen.queryByTitle("市妇联")).toBeNull();
  });

  it("lets a city-wide user manager leave the unit empty and choose any unit", async () => {
    renderForm(computeAccess([{ actions: ["user.manage"] }]));
    fireEvent.click(screen.getByRole("button", { name: /确\s*定|OK/ }));
    expect(await screen.findByText("请输入用户名")).toBeTruthy();
    expect(screen.queryByText("请选择所属单位")).toBeNull();
    await openUnitSelect();
    expect(await screen.findByTitle("市妇联")).toBeTruthy();
    expect(within(document.body).getByTitle("市总工会")).toBeTruthy();
  });
});
