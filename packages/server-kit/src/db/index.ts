export * from "./client";
export * from "./columns";
export * from "./migrate";
export * from "./phone-code";
