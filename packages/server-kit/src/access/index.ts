export * from "./caller";
export * from "./can";
export * from "./roles";
