import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const submitSolicitation: MutationResolvers["submitSolicitation"] = (
  _parent,
  { input },
  { services },
) => services.solicitation.submit(input);
