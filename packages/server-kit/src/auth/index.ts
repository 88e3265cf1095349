export * from "./service-token";
export * from "./tokens";
