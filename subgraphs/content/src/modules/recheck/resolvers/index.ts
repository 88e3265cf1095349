import { badInput } from "@jiyue/server-kit";
import type {
  MutationResolvers,
  QueryResolvers,
  RecheckRunResolvers,
} from "../../../generated/resolvers-types";

const Query: QueryResolvers = {
  recheckRun: (_parent, { id }, { services }) => services.recheck.run(id),
  recheckRuns: (_parent, { limit }, { services }) => services.recheck.runs(limit ?? 10),
};

const Mutation: MutationResolvers = {
  startRecheck: (_parent, { siteId }, { services }) => services.recheck.start(siteId),
};

const RecheckRun: RecheckRunResolvers = {
  site: (run) => (run.siteId ? { __typename: "Site", id: run.siteId } : null),
  progress: (run) => (run.total === 0 ? 1 : Math.min(1, run.checked / run.total)),
  startedAt: (run) => run.startedAt,
  items: (run, args, { services }) => {
    if (args.limit !== undefined && args.limit !== null && args.limit < 1) throw badInput("limit 须大于 0");
    return services.recheck.items(run, args);
  },
};

export const recheckResolvers = {
  Query,
  Mutation,
  RecheckRun,
  RecheckStatus: { RUNNING: "running", DONE: "done", FAILED: "failed" },
  RecheckItem: { site: (item: { siteId: string }) => ({ __typename: "Site" as const, id: item.siteId }) },
};
