// DateTime: ISO 8601 with time zone on the wire, Date inside. Shared by the subgraphs and the gateway, which
// checks it too so that bad input is refused before any subgraph is asked.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

export const INVALID_DATE_TIME = "时间格式无效，须为带时区的 ISO 8601 时间";

const ISO_WITH_ZONE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;

function invalid(): GraphQLError {
  return new GraphQLError(INVALID_DATE_TIME, { extensions: { code: "BAD_USER_INPUT" } });
}

/** Parses an ISO 8601 date-time with a zone; refuses impossible dates (2026-02-30) that Date would roll over. */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== "string") throw invalid();
  const match = ISO_WITH_ZONE.exec(value);
  if (!match) throw invalid();
  const [year, month, day, hour, minute, second = "0", zoneHour = "0", zoneMinute = "0"] = match.slice(1);
  const y = Number(year);
  const m = Number(month);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (
    m < 1 ||
    m > 12 ||
    Number(day) < 1 ||
    Number(day) > daysInMonth ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second) > 59 ||
    Number(zoneHour) > 14 ||
    Number(zoneMinute) > 59
  )
    throw invalid();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid();
  return date;
}

function parseLiteral(ast: ValueNode): Date {
  if (ast.kind !== Kind.STRING) throw invalid();
  return parseDateTime(ast.value);
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "带时区的 ISO 8601 时间",
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral,
});

/**
 * Gives a schema built elsewhere (the gateway's API schema) the same DateTime input checks. Structural, not
 * instanceof: that schema may come from another copy of graphql (ESM/CJS).
 */
export function enforceDateTimeInput(type: unknown): boolean {
  const scalar = type as Partial<Pick<GraphQLScalarType, "name" | "parseValue" | "parseLiteral">> | null;
  if (scalar?.name !== "DateTime" || typeof scalar.parseValue !== "function") return false;
  scalar.parseValue = parseDateTime;
  scalar.parseLiteral = parseLiteral;
  return true;
}
