import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const mySolicitationSubmissions: QueryResolvers["mySolicitationSubmissions"] = (
  _parent,
  _args,
  { services },
) => services.solicitation.mine();
