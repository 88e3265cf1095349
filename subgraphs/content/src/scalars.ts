// DateTime: ISO 8601 with time zone on the wire, Date inside.
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

function parse(value: unknown): Date {
  if (
    typeof value !== "string" ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)
  )
    throw new GraphQLError("时间格式不正确（需要带时区的 ISO 8601 时间）", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new GraphQLError("时间不正确", { extensions: { code: "BAD_USER_INPUT" } });
  return date;
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError("时间必须是字符串", { extensions: { code: "BAD_USER_INPUT" } });
    return parse(ast.value);
  },
});
