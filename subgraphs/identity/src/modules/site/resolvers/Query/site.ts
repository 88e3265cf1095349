import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const site: QueryResolvers["site"] = (_parent, { id }, { services }) => services.site.get(id);
