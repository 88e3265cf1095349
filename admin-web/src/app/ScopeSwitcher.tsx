import { Select, type SelectProps } from "antd";
import { useSiteOptions } from "../features/sites/hooks/useSiteOptions";
import { type CurrentUser, useMe } from "./me";

interface SiteChoice {
  id: string;
  name: string;
  code: string;
  unitName: string;
}

/** Sites reachable through unit- and site-scoped grants (a unit grant covers all of its sites). */
export function sitesOfGrants(grants: CurrentUser["grants"]): SiteChoice[] {
  const choices = new Map<string, SiteChoice>();
  for (const grant of grants) {
    if (grant.site) {
      const { id, name, code, unit } = grant.site;
      choices.set(id, { id, name, code, unitName: unit.name });
    } else if (grant.unit) {
      for (const site of grant.unit.sites) choices.set(site.id, { ...site, unitName: grant.unit.name });
    }
  }
  return [...choices.values()];
}

function grouped(choices: SiteChoice[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const choice of choices) {
    const options = groups.get(choice.unitName) ?? [];
    options.push({ value: choice.id, label: `${choice.name}（${choice.code}）` });
    groups.set(choice.unitName, options);
  }
  return [...groups.entries()].map(([label, options]) => ({ label, title: label, options }));
}

/** The header's site/unit switcher, limited to the caller's scope. */
export function ScopeSwitcher() {
  const { me, access, currentSiteId, setCurrentSiteId } = useMe();
  const cityWide = access.canCityWide("site.read");
  const { options: allSites, loading } = useSiteOptions(!cityWide);
  const options: SelectProps["options"] = cityWide ? allSites : grouped(sitesOfGrants(me?.grants ?? []));
  return (
    <Select
      aria-label="切换站点"
      placeholder="选择站点"
      showSearch
      allowClear
      optionFilterProp="label"
      loading={loading}
      style={{ width: 280 }}
      value={currentSiteId ?? undefined}
      options={options}
      onChange={(value: string | undefined) => setCurrentSiteId(value ?? null)}
    />
  );
}
