import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { conflict, formatGraphQLError } from "./errors";

describe("formatGraphQLError", () => {
  const unexpected = new GraphQLError("boom", { originalError: new TypeError("cannot read x of undefined") });
  const formatted = {
    message: "cannot read x of undefined",
    extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at secret.ts:1"] },
  };

  it("masks unexpected errors in production: no message, no stack", () => {
    const logged: unknown[] = [];
    const result = formatGraphQLError(formatted, unexpected, {
      production: true,
      log: (error) => logged.push(error),
    });
    expect(result).toEqual({ message: "服务器内部错误", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logged).toHaveLength(1);
  });

  it("passes typed errors through and strips their stack in production", () => {
    const error = conflict("站点代码已存在");
    const result = formatGraphQLError(
      { message: error.message, extensions: { code: "CONFLICT", stacktrace: ["x"] } },
      error,
      { production: true },
    );
    expect(result).toEqual({ message: "站点代码已存在", extensions: { code: "CONFLICT" } });
  });

  it("turns PostgreSQL constraint violations into CONFLICT / BAD_USER_INPUT", () => {
    const unique = new GraphQLError("dup", {
      originalError: Object.assign(new Error("dup"), { code: "23505", constraint: "site_code_uq" }),
    });
    expect(formatGraphQLError(formatted, unique, { production: true }).extensions).toEqual({
      code: "CONFLICT",
      constraint: "site_code_uq",
    });
    const foreignKey = new GraphQLError("fk", {
      originalError: Object.assign(new Error("fk"), { cause: { code: "23503" } }),
    });
    expect(formatGraphQLError(formatted, foreignKey, { production: true }).extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
  });
});
