import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const suggestWriting: QueryResolvers["suggestWriting"] = (_parent, { title, body }, { services }) =>
  services.assist.suggest({ title, body });
