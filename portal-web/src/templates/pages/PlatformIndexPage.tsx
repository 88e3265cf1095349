// The platform index: every online site, grouped by the kind of its unit, then by unit.
import type { PortalPlatformSitesQuery, UnitKind } from "../../gql/graphql";
import { UNIT_KIND_LABELS, UNIT_KIND_ORDER } from "../components/labels";
import { PlatformLayout } from "../layouts/PlatformLayout";
import type { Theme } from "../themes";

export type PlatformSite = PortalPlatformSitesQuery["sites"]["items"][number];

interface UnitGroup {
  unit: PlatformSite["unit"];
  sites: PlatformSite[];
}

/** Groups sites by unit kind and unit, in the units' sort order; a unit's main sites before its sub-sites. */
export function groupSites(sites: PlatformSite[]): { kind: UnitKind; units: UnitGroup[] }[] {
  const units = new Map<string, UnitGroup>();
  for (const site of sites) {
    const group = units.get(site.unit.id) ?? { unit: site.unit, sites: [] };
    group.sites.push(site);
    units.set(site.unit.id, group);
  }
  const ordered = [...units.values()].sort(
    (a, b) => a.unit.sortOrder - b.unit.sortOrder || a.unit.name.localeCompare(b.unit.name, "zh-CN"),
  );
  for (const group of ordered)
    group.sites.sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  return UNIT_KIND_ORDER.map((kind) => ({
    kind,
    units: ordered.filter((group) => group.unit.kind === kind),
  })).filter((section) => section.units.length > 0);
}

export function PlatformIndexPage(props: { sites: PlatformSite[]; theme: Theme; stylesheet: string }) {
  const sections = groupSites(props.sites);
  const unitCount = sections.reduce((sum, section) => sum + section.units.length, 0);
  const hasDemo = props.sites.some((site) => site.isDemo);
  return (
    <PlatformLayout theme={props.theme} stylesheet={props.stylesheet}>
      <h1 className="page-title">党群单位网站导航</h1>
      <p className="summary">
        共 {unitCount} 个单位、{props.sites.length} 个网站{hasDemo ? "（示例数据）" : ""}
      </p>
      {sections.length === 0 ? (
        <div className="panel">
          <p className="empty">暂无已上线的网站</p>
        </div>
      ) : null}
      {sections.map((section) => (
        <section key={section.kind} aria-labelledby={`kind-${section.kind}`}>
          <h2 className="section-title" id={`kind-${section.kind}`}>
            {UNIT_KIND_LABELS[section.kind]}
          </h2>
          <div className="unit-grid">
            {section.units.map((group) => (
              <div className="unit-card" key={group.unit.id}>
                <h3>{group.unit.name}</h3>
                <ul className="link-list">
                  {group.sites.map((site) => (
                    <li key={site.id}>
                      <a href={`/s/${site.code}/`}>{site.name}</a>
                      {site.parent ? <span className="tag">子站</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ))}
    </PlatformLayout>
  );
}
