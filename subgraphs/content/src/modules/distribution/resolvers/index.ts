import type { ArticleResolvers, SiteResolvers } from "../../../generated/resolvers-types";
import { Delivery } from "./Delivery";
import { DistributionTarget } from "./DistributionTarget";
import { createDistributionTarget } from "./Mutation/createDistributionTarget";
import { deleteDistributionTarget } from "./Mutation/deleteDistributionTarget";
import { resendDelivery } from "./Mutation/resendDelivery";
import { rotateDistributionSecret } from "./Mutation/rotateDistributionSecret";
import { updateDistributionTarget } from "./Mutation/updateDistributionTarget";
import { deliveries } from "./Query/deliveries";
import { distributionTarget } from "./Query/distributionTarget";

export const distributionResolvers = {
  Query: { deliveries, distributionTarget },
  Mutation: {
    createDistributionTarget,
    updateDistributionTarget,
    deleteDistributionTarget,
    rotateDistributionSecret,
    resendDelivery,
  },
  DistributionTarget,
  Delivery,
  Site: {
    distributionTargets: (site, _args, { services }) => services.distribution.targetsOfSite(site.id),
  } satisfies SiteResolvers,
  Article: {
    deliveries: (article, _args, { services }) => services.distribution.articleDeliveries(article),
  } satisfies ArticleResolvers,
  DistributionFormat: { WECHAT_MP: "wechat_mp", WEIBO: "weibo", APP: "app", GENERIC: "generic" },
  DeliveryKind: { PUBLISH: "publish", UPDATE: "update", RETRACT: "retract" },
  DeliveryStatus: {
    PENDING: "pending",
    RETRYING: "retrying",
    SUCCEEDED: "succeeded",
    FAILED: "failed",
    CANCELLED: "cancelled",
  },
};
