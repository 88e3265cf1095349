import { useApolloClient } from "@apollo/client/react";
import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { MeDocument } from "../features/auth/graphql/me";
import { computeAccess } from "./access";
import { type CurrentUser, MeContext, type MeContextValue } from "./me";
import { hasSession } from "./session";

const SITE_KEY = "jiyue.admin.currentSite";

/** Loads `me` whenever the session changes and derives the caller's access from its grants. */
export function MeProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [me, setMe] = useState<CurrentUser | null>(null);
  const [loading, setLoading] = useState(hasSession);
  const [currentSiteId, setSite] = useState<string | null>(() => sessionStorage.getItem(SITE_KEY));

  const refetch = useCallback(async () => {
    if (!hasSession()) {
      setMe(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    try {
      const { data } = await client.query({ query: MeDocument, fetchPolicy: "network-only" });
      setMe(data?.me ?? null);
    } catch {
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, [client]);

  useEffect(() => {
    void refetch();
  }, [refetch]);

  const value = useMemo<MeContextValue>(
    () => ({
      me,
      access: computeAccess(me?.grants ?? []),
      loading,
      currentSiteId,
      setCurrentSiteId: (siteId) => {
        setSite(siteId);
        if (siteId) sessionStorage.setItem(SITE_KEY, siteId);
        else sessionStorage.removeItem(SITE_KEY);
      },
      refetch,
    }),
    [me, loading, currentSiteId, refetch],
  );
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}
