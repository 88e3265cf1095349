import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const unit: QueryResolvers["unit"] = (_parent, { id }, { services }) => services.unit.get(id);
