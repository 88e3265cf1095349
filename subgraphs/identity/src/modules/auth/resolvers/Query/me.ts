import type { QueryResolvers } from "../../../../generated/resolvers-types";
import { loadMe } from "../../auth.service";

export const me: QueryResolvers["me"] = (_parent, _args, { caller, loaders }) => loadMe(caller, loaders);
