import { useStageNames } from "../../workflow/hooks/useStageNames";

export function StageName({ siteId, stage }: { siteId: string; stage: number | null | undefined }) {
  const name = useStageNames(siteId);
  return <>{name(stage)}</>;
}
