import { useQuery } from "@apollo/client/react";
import { MyReviewTasksDocument } from "../graphql/myReviewTasks";

/** How many articles wait for the caller (the menu's badge); refreshed every minute. */
export function useReviewTaskCount(enabled: boolean): number {
  const { data } = useQuery(MyReviewTasksDocument, {
    skip: !enabled,
    pollInterval: 60_000,
    context: { silentErrors: true },
  });
  return data?.myReviewTasks.length ?? 0;
}
