import { useQuery } from "@apollo/client/react";
import { WorkflowDocument } from "../graphql/workflow";

/** Names a site's review stage by its order (one cached query per site). */
export function useStageNames(
  siteId: string | null | undefined,
): (stage: number | null | undefined) => string {
  const { data } = useQuery(WorkflowDocument, { variables: { siteId: siteId ?? "" }, skip: !siteId });
  const stages = data?.workflow.stages ?? [];
  return (stage) => {
    if (stage === null || stage === undefined) return "—";
    return stages.find((candidate) => candidate.order === stage)?.name ?? `第 ${stage} 环节`;
  };
}
