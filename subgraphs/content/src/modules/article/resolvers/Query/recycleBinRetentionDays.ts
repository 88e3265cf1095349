import { requireStaff } from "@jiyue/server-kit";
import type { QueryResolvers } from "../../../../generated/resolvers-types";
import { retentionDays } from "../../article.purge";

export const recycleBinRetentionDays: QueryResolvers["recycleBinRetentionDays"] = (
  _parent,
  _args,
  { caller },
) => {
  requireStaff(caller);
  return retentionDays();
};
