// DateTime: ISO 8601 with time zone on the wire, Date inside (one definition, shared with the gateway).
export { DateTime } from "@jiyue/server-kit";
