// 站点外观: theme settings and home layout of a site, validated once here. The primary colour carries the
// header band and navigation with white text on it, so it must reach WCAG AA contrast (4.5:1) against white.
import { z } from "zod";

export interface SiteThemeSettings {
  logoUrl: string | null;
  bannerUrl: string | null;
  /** #rrggbb, lowercase; null: the platform's default red. */
  primaryColor: string | null;
  footerText: string | null;
  icpNumber: string | null;
  policeNumber: string | null;
  showGovMark: boolean;
}

export type HomeBlockKind = "headline" | "carousel" | "pinned" | "channel" | "topics";

export interface HomeBlockSettings {
  kind: HomeBlockKind;
  /** Only for "channel" blocks. */
  channelId: string | null;
  /** Heading shown instead of the default one. */
  title: string | null;
}

export const DEFAULT_THEME: SiteThemeSettings = {
  logoUrl: null,
  bannerUrl: null,
  primaryColor: null,
  footerText: null,
  icpNumber: null,
  policeNumber: null,
  showGovMark: false,
};

/** WCAG 2.1 relative luminance of an sRGB colour #rrggbb. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast ratio of white text on the colour. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

export const MIN_CONTRAST = 4.5;

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what}不能超过 ${max} 个字`)
    .nullish()
    .transform((value) => (value ? value : null));

// An image on the platform itself (the CSP allows images only from 'self'): a media path or a media id.
const imagePath = (what: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value, ctx) => {
      if (!value) return null;
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
        return `/media/${value.toLowerCase()}`;
      if (/^\/media\/[A-Za-z0-9][A-Za-z0-9/_.-]{0,200}$/.test(value) && !value.includes("..")) return value;
      ctx.addIssue({ code: "custom", message: `${what}须为媒体库中的图片（媒体标识或 /media/ 开头的地址）` });
      return z.NEVER;
    });

const primaryColor = z
  .string()
  .trim()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!/^#[0-9a-fA-F]{6}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: "主色须为 #RRGGBB 格式的颜色，例如 #b3191f" });
      return z.NEVER;
    }
    const color = value.toLowerCase();
    const ratio = contrastWithWhite(color);
    if (ratio < MIN_CONTRAST) {
      ctx.addIssue({
        code: "custom",
        message: `主色 ${color} 与白色文字的对比度为 ${ratio.toFixed(2)}:1，低于无障碍要求的 4.5:1，请选用更深的颜色`,
      });
      return z.NEVER;
    }
    return color;
  });

export const siteThemeInput = z.object({
  logoUrl: imagePath("站点标志"),
  bannerUrl: imagePath("横幅图片"),
  primaryColor,
  footerText: optionalText(500, "页脚文字"),
  icpNumber: optionalText(60, "ICP备案号"),
  policeNumber: optionalText(60, "公安备案号"),
  showGovMark: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

const homeBlockInput = z
  .object({
    kind: z.enum(["headline", "carousel", "pinned", "channel", "topics"], "首页区块类型不正确"),
    channelId: z.uuid("栏目标识不正确").nullish(),
    title: optionalText(30, "区块标题"),
  })
  .transform((block, ctx) => {
    if (block.kind === "channel" && !block.channelId) {
      ctx.addIssue({ code: "custom", message: "栏目区块须选择栏目" });
      return z.NEVER;
    }
    return {
      kind: block.kind,
      channelId: block.kind === "channel" ? (block.channelId ?? null) : null,
      title: block.title,
    } satisfies HomeBlockSettings;
  });

export const siteAppearanceInput = z.object({
  theme: siteThemeInput.nullish(),
  /** null resets to the standard layout; absent leaves it as is. */
  homeLayout: z
    .array(homeBlockInput)
    .max(30, "首页最多 30 个区块")
    .refine((blocks) => {
      const channels = blocks.flatMap((block) => (block.channelId ? [block.channelId] : []));
      return new Set(channels).size === channels.length;
    }, "同一栏目在首页只能出现一次")
    .nullish(),
});
