export type { SiteReference, UserReference } from "@jiyue/server-kit";
