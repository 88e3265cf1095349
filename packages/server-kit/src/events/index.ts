export * from "./consumer";
export * from "./emit";
export * from "./pg-store";
export * from "./relay";
export * from "./tables";
export * from "./types";
