// The signed-in staff member, their access and the site/unit chosen in the header, shared through context.
import { createContext, useContext } from "react";
import type { MeQuery } from "#gql/graphql";
import { type Access, NO_ACCESS } from "./access";

export type CurrentUser = NonNullable<MeQuery["me"]>;

export interface MeContextValue {
  me: CurrentUser | null;
  access: Access;
  /** `me` is being (re)loaded. */
  loading: boolean;
  /** The site picked in the header's switcher, if any. */
  currentSiteId: string | null;
  setCurrentSiteId(siteId: string | null): void;
  refetch(): Promise<unknown>;
}

export const MeContext = createContext<MeContextValue>({
  me: null,
  access: NO_ACCESS,
  loading: false,
  currentSiteId: null,
  setCurrentSiteId: () => {},
  refetch: async () => undefined,
});

export function useMe(): MeContextValue {
  return useContext(MeContext);
}

export function useAccess(): Access {
  return useContext(MeContext).access;
}
