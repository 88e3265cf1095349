// Per-site themes: a theme is a small set of colours over the shared base stylesheet; sites pick one by code.
export interface Theme {
  name: string;
  /** Main colour: header band, headings' accent, links on hover. */
  primary: string;
  /** Darker shade for the navigation bar and focus outlines (contrast ≥ 4.5:1 on white text). */
  primaryDark: string;
  /** Very light tint for block headers and hovered rows. */
  primarySoft: string;
  /** The site's own stylesheet (/s/<code>/theme.css?v=…), loaded after the base one; from 站点外观. */
  siteStylesheet?: string;
  /** City-wide grey mode (national mourning): the whole page in greyscale. */
  greyMode?: boolean;
}

export const THEMES = {
  default: { name: "default", primary: "#b3191f", primaryDark: "#8c1016", primarySoft: "#fbeeee" },
  blue: { name: "blue", primary: "#1d5aa6", primaryDark: "#134280", primarySoft: "#edf3fb" },
  green: { name: "green", primary: "#21794a", primaryDark: "#155c36", primarySoft: "#ecf6f0" },
} as const satisfies Record<string, Theme>;
export type ThemeName = keyof typeof THEMES;

/** Sites that do not use the default red; by site code (configuration as data, extended as sites ask). */
const SITE_THEMES: Record<string, ThemeName> = {
  tsw: "blue",
  gqt: "blue",
  kx: "blue",
  hsh: "green",
  cl: "green",
};

export function themeForSite(siteCode: string | null | undefined): Theme {
  const name = siteCode ? SITE_THEMES[siteCode.toLowerCase()] : undefined;
  return THEMES[name ?? "default"];
}

export function allThemes(): Theme[] {
  return Object.values(THEMES);
}

/** The CSS custom properties that make a theme. */
export function themeVariables(theme: Theme): string {
  return `:root{--primary:${theme.primary};--primary-dark:${theme.primaryDark};--primary-soft:${theme.primarySoft}}\n`;
}

/** A theme from a site's chosen primary colour (identity checked its contrast with white text, ≥ 4.5:1). */
export function themeFromColor(primary: string): Theme {
  return {
    name: `custom-${primary.slice(1)}`,
    primary,
    primaryDark: mix(primary, "#000000", 0.22),
    primarySoft: mix(primary, "#ffffff", 0.92),
  };
}

/** `from` moved by `share` towards `to`, as #rrggbb. */
function mix(from: string, to: string, share: number): string {
  const part = (hex: string, at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  return `#${[1, 3, 5]
    .map((at) =>
      Math.round(part(from, at) * (1 - share) + part(to, at) * share)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}
