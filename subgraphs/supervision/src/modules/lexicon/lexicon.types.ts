export type { SiteReference } from "@jiyue/server-kit";
