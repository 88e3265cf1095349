import type { MutationResolvers, QueryResolvers } from "../../../generated/resolvers-types";
import { MediaAsset } from "./MediaAsset";

const mediaAssets: QueryResolvers["mediaAssets"] = (_parent, args, { services }) => services.media.list(args);
const mediaAsset: QueryResolvers["mediaAsset"] = (_parent, { id }, { services }) => services.media.get(id);
const updateMediaVisibility: MutationResolvers["updateMediaVisibility"] = (
  _parent,
  { id, visibility },
  { services },
) => services.media.updateVisibility(id, visibility);
const deleteMediaAsset: MutationResolvers["deleteMediaAsset"] = (_parent, { id }, { services }) =>
  services.media.delete(id);

export const mediaResolvers = {
  Query: { mediaAssets, mediaAsset },
  Mutation: { updateMediaVisibility, deleteMediaAsset },
  MediaAsset,
  MediaKind: { IMAGE: "image", FILE: "file" },
  MediaVisibility: { PRIVATE: "private", UNIT: "unit", CITY: "city" },
};
