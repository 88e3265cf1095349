export * from "./revocation";
export * from "./service-token";
export * from "./tokens";
