export { createGateway, type Gateway, type GatewayContext, type GatewayOptions } from "./app";
export { DEFAULT_LIMITS, type GatewayLimits } from "./limits";
