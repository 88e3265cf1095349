export { createGateway, type Gateway, type GatewayContext, type GatewayOptions } from "./app";
export { DEFAULT_LIMITS, type GatewayLimits } from "./limits";
export { type ClientRateLimit, DEFAULT_CLIENT_RATE_LIMIT, parseClientRateLimit } from "./rate-limit";
