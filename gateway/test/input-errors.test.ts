// A subgraph's HTTP 400 that refuses bad input keeps its code and Chinese message through the gateway.
import { describe, expect, it } from "vitest";
import { plainInputMessage, restoreInputError, SubgraphDataSource } from "../src/input-errors";

const source = new SubgraphDataSource({ url: "http://127.0.0.1:1/graphql" });

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

describe("subgraph 400 with a GraphQL body", () => {
  it("becomes BAD_USER_INPUT with the subgraph's message, without graphql-js's English prefix", async () => {
    const error = await source.errorFromResponse(
      jsonResponse(400, {
        errors: [
          {
            message: 'Variable "$at" got invalid value "garbage"; 时间格式无效，须为带时区的 ISO 8601 时间',
            extensions: { code: "BAD_USER_INPUT" },
          },
        ],
      }),
    );
    expect(error.message).toBe("时间格式无效，须为带时区的 ISO 8601 时间");
    expect(error.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("other failures stay what the gateway made of them", async () => {
    const error = await source.errorFromResponse(
      jsonResponse(400, { errors: [{ message: "boom", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }),
    );
    expect(error.message).toBe("400: ");
    expect(error.extensions.code).toBeUndefined();
  });
});

describe("restoreInputError", () => {
  it("takes the innermost BAD_USER_INPUT message of the error chain", () => {
    const scalarError = { message: "时间格式无效", extensions: { code: "BAD_USER_INPUT" } };
    const wrapped = {
      message: 'Expected value of type "DateTime", found "x"; 时间格式无效',
      originalError: scalarError,
    };
    const formatted = restoreInputError(
      { message: wrapped.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
      { message: wrapped.message, originalError: wrapped },
    );
    expect(formatted).toEqual({ message: "时间格式无效", extensions: { code: "BAD_USER_INPUT" } });
  });

  it("leaves errors without bad input alone", () => {
    const formatted = { message: "无权限", extensions: { code: "FORBIDDEN" } };
    expect(restoreInputError(formatted, new Error("x"))).toBe(formatted);
    expect(plainInputMessage("普通消息")).toBe("普通消息");
  });
});
