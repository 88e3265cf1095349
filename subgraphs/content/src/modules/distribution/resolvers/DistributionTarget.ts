import type { DistributionTargetResolvers } from "../../../generated/resolvers-types";

export const DistributionTarget: DistributionTargetResolvers = {
  __resolveReference: (reference, { services }) => services.distribution.target(reference.id),
  site: (row) => ({ __typename: "Site", id: row.siteId }),
  secret: (row, _args, { services }) => services.distribution.secret(row),
  createdBy: (row) => ({ __typename: "User", id: row.createdBy }),
  deleted: (row) => !!row.deletedAt,
};
