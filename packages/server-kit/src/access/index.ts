export * from "./caller";
export * from "./can";
export * from "./roles";
export * from "./system-accounts";
