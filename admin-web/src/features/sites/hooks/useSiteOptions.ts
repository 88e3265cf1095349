import { useQuery } from "@apollo/client/react";
import { SitesDocument } from "../graphql/sites";

export const SITE_OPTIONS_LIMIT = 200;

/** Sites the caller can see, as select options. */
export function useSiteOptions(skip = false) {
  const { data, loading } = useQuery(SitesDocument, {
    variables: { filter: null, offset: 0, limit: SITE_OPTIONS_LIMIT },
    skip,
  });
  const options = (data?.sites.items ?? []).map((site) => ({
    value: site.id,
    label: `${site.name}（${site.code}）`,
  }));
  return { options, loading };
}
