import { notFound } from "@jiyue/server-kit";
import type { DeliveryResolvers } from "../../../generated/resolvers-types";

export const Delivery: DeliveryResolvers = {
  __resolveReference: async (reference, { loaders, services }) => {
    const row = await loaders.deliveryById.load(reference.id);
    if (!row) return null;
    const visible = await services.distribution.articleDeliveries({ id: row.articleId, siteId: row.siteId });
    return visible.some((delivery) => delivery.id === row.id) ? row : null;
  },
  target: async (row, _args, { loaders }) => {
    const target = await loaders.distributionTargetById.load(row.targetId);
    if (!target) throw notFound("分发目标", row.targetId);
    return target;
  },
  article: (row, _args, { loaders }) => loaders.articleById.load(row.articleId),
  payload: (row) => row.body,
  nextAttemptAt: (row) => (row.status === "pending" || row.status === "retrying" ? row.nextAttemptAt : null),
};
