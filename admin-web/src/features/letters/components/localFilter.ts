// 逾期 and 关键词 are not LetterFilter fields on the server (yet): they narrow a fetched batch here.
import type { LetterRowFragment } from "#gql/graphql";

/** The batch the local filters search in: the server's largest page. */
export const LOCAL_FILTER_BATCH = 100;

export interface LocalFilter {
  overdue?: boolean;
  keyword?: string;
}

export function hasLocalFilter(filter: LocalFilter): boolean {
  return !!filter.overdue || !!filter.keyword?.trim();
}

export function applyLocalFilter<
  T extends Pick<LetterRowFragment, "title" | "deadline"> & { content?: string },
>(letters: readonly T[], filter: LocalFilter): T[] {
  const keyword = filter.keyword?.trim().toLowerCase();
  return letters.filter((letter) => {
    if (
      filter.overdue &&
      !(letter.deadline.remainingWorkdays !== null && letter.deadline.remainingWorkdays < 0)
    )
      return false;
    if (keyword && !`${letter.title}\n${letter.content ?? ""}`.toLowerCase().includes(keyword)) return false;
    return true;
  });
}
