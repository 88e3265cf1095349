import { useQuery } from "@apollo/client/react";
import { UnitsDocument } from "../graphql/units";

/** Units the caller can see, as select options (the server limits the list to the caller's scope). */
export function useUnitOptions(skip = false) {
  const { data, loading } = useQuery(UnitsDocument, { variables: { filter: null }, skip });
  const options = (data?.units ?? []).map((unit) => ({ value: unit.id, label: unit.name }));
  return { options, loading };
}
