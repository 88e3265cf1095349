// The CI check's file matching: which changes count as stale generated files.
import { describe, expect, it } from "vitest";
import { changedPaths, isGenerated } from "../../scripts/check-generated";

describe("check-generated", () => {
  it("reads every path of git status -z, including both sides of a rename", () => {
    const porcelain = [
      " M gateway/supergraph.graphql",
      "?? subgraphs/identity/src/generated/resolvers.ts",
      "R  admin-web/src/gql/new.ts",
      "admin-web/src/gql/old.ts",
      " M gateway/src/app.ts",
      "",
    ].join("\0");
    expect(changedPaths(porcelain)).toEqual([
      "gateway/supergraph.graphql",
      "subgraphs/identity/src/generated/resolvers.ts",
      "admin-web/src/gql/new.ts",
      "admin-web/src/gql/old.ts",
      "gateway/src/app.ts",
    ]);
  });

  it("counts only generated files", () => {
    expect(isGenerated("gateway/supergraph.graphql")).toBe(true);
    expect(isGenerated("gateway/api-schema.graphql")).toBe(true);
    expect(isGenerated("subgraphs/content/src/generated/resolvers-types.ts")).toBe(true);
    expect(isGenerated("admin-web/src/gql/graphql.ts")).toBe(true);
    expect(isGenerated("portal-web/src/gql/gql.ts")).toBe(true);
    expect(isGenerated("gateway/src/app.ts")).toBe(false);
    expect(isGenerated("subgraphs/content/src/schema.graphql")).toBe(false);
    expect(isGenerated("admin-web/src/pages/gql-help.tsx")).toBe(false);
  });
});
