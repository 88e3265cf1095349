// The admin's pages. Each route declares the permission it needs; the side menu and the route guard
// both decide through canAccess (access.ts), so what is hidden is also refused.
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  BranchesOutlined,
  BulbOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ContainerOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FireOutlined,
  GlobalOutlined,
  InboxOutlined,
  LockOutlined,
  MailOutlined,
  PictureOutlined,
  ReadOutlined,
  SafetyOutlined,
  ShareAltOutlined,
  SolutionOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from "@ant-design/icons";
import type { ComponentType, ReactNode } from "react";
import { ArticleDiffPage } from "../features/articles/pages/ArticleDiffPage";
import { ArticleEditorPage } from "../features/articles/pages/ArticleEditorPage";
import { ArticlesPage } from "../features/articles/pages/ArticlesPage";
import { ReviewSheetPage } from "../features/articles/pages/ReviewSheetPage";
import { AuditPage } from "../features/audit/pages/AuditPage";
import { CalendarPage } from "../features/calendar/pages/CalendarPage";
import { ChannelsPage } from "../features/channels/pages/ChannelsPage";
import { DashboardPage } from "../features/dashboard/pages/DashboardPage";
import { DistributionPage } from "../features/distribution/pages/DistributionPage";
import { KnowledgePage } from "../features/knowledge/pages/KnowledgePage";
import { LetterDetailPage } from "../features/letters/pages/LetterDetailPage";
import { LetterHotTopicsPage } from "../features/letters/pages/LetterHotTopicsPage";
import { LetterSupervisionPage } from "../features/letters/pages/LetterSupervisionPage";
import { LettersPage } from "../features/letters/pages/LettersPage";
import { LexiconPage } from "../features/lexicon/pages/LexiconPage";
import { MailboxesPage } from "../features/mailboxes/pages/MailboxesPage";
import { MediaPage } from "../features/media/pages/MediaPage";
import { RecheckPage } from "../features/recheck/pages/RecheckPage";
import { RolesPage } from "../features/roles/pages/RolesPage";
import { SecurityPage } from "../features/security/pages/SecurityPage";
import { PlatformSettingsPage } from "../features/sites/pages/PlatformSettingsPage";
import { SitesPage } from "../features/sites/pages/SitesPage";
import { SolicitationDetailPage } from "../features/solicitations/pages/SolicitationDetailPage";
import { SolicitationEditorPage } from "../features/solicitations/pages/SolicitationEditorPage";
import { SolicitationsPage } from "../features/solicitations/pages/SolicitationsPage";
import { IncomingPushesPage } from "../features/syndication/pages/IncomingPushesPage";
import { TasksPage } from "../features/tasks/pages/TasksPage";
import { TopicsPage } from "../features/topics/pages/TopicsPage";
import { UnitsPage } from "../features/units/pages/UnitsPage";
import { UsersPage } from "../features/users/pages/UsersPage";
import { WorkflowPage } from "../features/workflow/pages/WorkflowPage";
import { type Access, canAccess, type Guarded } from "./access";

export interface AppRoute extends Guarded {
  path: string;
  title: string;
  icon: ReactNode;
  Component: ComponentType;
  /** A page reached from another page (e.g. one article), not from the menu. */
  hideInMenu?: boolean;
}

const LETTER_READERS: Guarded[] = [
  { permission: "letter.dispatch" },
  { permission: "letter.handle" },
  { permission: "letter.reply_review" },
  { permission: "letter.supervise" },
  { permission: "supervise.read" },
];

export const APP_ROUTES: AppRoute[] = [
  { path: "/", title: "工作台", icon: <DashboardOutlined />, Component: DashboardPage },
  {
    path: "/tasks",
    title: "我的待办",
    icon: <CheckSquareOutlined />,
    permission: "article.review",
    Component: TasksPage,
  },
  {
    path: "/articles",
    title: "稿件管理",
    icon: <FileTextOutlined />,
    permission: "article.read",
    Component: ArticlesPage,
  },
  {
    path: "/articles/new",
    title: "新建稿件",
    icon: null,
    permission: "article.write",
    hideInMenu: true,
    Component: ArticleEditorPage,
  },
  // Editors edit here and reviewers review here: reading is enough to open it, the page offers what the
  // caller's permissions allow.
  {
    path: "/articles/:id",
    title: "稿件",
    icon: null,
    permission: "article.read",
    hideInMenu: true,
    Component: ArticleEditorPage,
  },
  {
    path: "/articles/:id/diff",
    title: "修订对比",
    icon: null,
    permission: "article.read",
    hideInMenu: true,
    Component: ArticleDiffPage,
  },
  {
    path: "/articles/:id/sheet",
    title: "审签单",
    icon: null,
    permission: "article.read",
    hideInMenu: true,
    Component: ReviewSheetPage,
  },
  // 信息报送 / 采用: the current site's incoming pushes, for its reviewers.
  {
    path: "/pushes",
    title: "报送采用",
    icon: <InboxOutlined />,
    permission: "article.adopt",
    Component: IncomingPushesPage,
  },
  {
    path: "/media",
    title: "资源库",
    icon: <PictureOutlined />,
    permission: "article.write",
    Component: MediaPage,
  },
  {
    path: "/distribution",
    title: "新媒体分发",
    icon: <ShareAltOutlined />,
    permission: "distribution.manage",
    Component: DistributionPage,
  },
  // 信件办理: dispatchers, handlers and reply reviewers of a unit (or city-wide), and city supervisors; the
  // server lists only the letters of the caller's units.
  {
    path: "/letters",
    title: "信件办理",
    icon: <MailOutlined />,
    anyOf: LETTER_READERS,
    Component: LettersPage,
  },
  // 督办: city supervisors (letter.supervise) and dispatchers see overdue / soon-due letters and urge them.
  {
    path: "/letters/supervision",
    title: "信件督办",
    icon: <AlertOutlined />,
    anyOf: [{ permission: "letter.supervise" }, { permission: "letter.dispatch" }],
    Component: LetterSupervisionPage,
  },
  // 热点问题: the readers the server allows (dispatchers, 督办 and city overseers), each over their own letters.
  {
    path: "/letters/hot-topics",
    title: "热点问题",
    icon: <FireOutlined />,
    anyOf: [
      { permission: "letter.dispatch" },
      { permission: "letter.supervise" },
      { permission: "supervise.read" },
    ],
    Component: LetterHotTopicsPage,
  },
  {
    path: "/letters/:id",
    title: "信件",
    icon: null,
    anyOf: LETTER_READERS,
    hideInMenu: true,
    Component: LetterDetailPage,
  },
  // 意见征集: a unit's campaign managers (or city-wide), and city supervisors reading; the server lists only
  // the campaigns of the caller's units.
  {
    path: "/solicitations",
    title: "意见征集",
    icon: <SolutionOutlined />,
    anyOf: [{ permission: "solicitation.manage" }, { permission: "supervise.read" }],
    Component: SolicitationsPage,
  },
  {
    path: "/solicitations/new",
    title: "新建意见征集",
    icon: null,
    permission: "solicitation.manage",
    hideInMenu: true,
    Component: SolicitationEditorPage,
  },
  {
    path: "/solicitations/:id",
    title: "意见征集",
    icon: null,
    anyOf: [{ permission: "solicitation.manage" }, { permission: "supervise.read" }],
    hideInMenu: true,
    Component: SolicitationDetailPage,
  },
  {
    path: "/solicitations/:id/edit",
    title: "修改意见征集",
    icon: null,
    permission: "solicitation.manage",
    hideInMenu: true,
    Component: SolicitationEditorPage,
  },
  // 智库: a unit's knowledge base (answered letters allowed to be published, curated Q&A), for its maintainers.
  {
    path: "/knowledge",
    title: "智库",
    icon: <BulbOutlined />,
    permission: "knowledge.manage",
    Component: KnowledgePage,
  },
  // 信箱管理: a unit's mailboxes (kinds, deadlines, recipients, sites), for its unit or city-wide managers.
  {
    path: "/mailboxes",
    title: "信箱管理",
    icon: <ContainerOutlined />,
    permission: "mailbox.manage",
    Component: MailboxesPage,
  },
  // The shared lexicon (一库共享): readers see it; 管理词库 holders edit the city's or their unit's entries.
  {
    path: "/lexicon",
    title: "词库管理",
    icon: <BookOutlined />,
    permission: "lexicon.read",
    Component: LexiconPage,
  },
  // 全量复查: inspectors (city-wide) for any scope, a site's publishers for their site, as the server checks.
  {
    path: "/recheck",
    title: "全量复查",
    icon: <FileSearchOutlined />,
    anyOf: [{ permission: "inspection.run", cityWide: true }, { permission: "article.publish" }],
    Component: RecheckPage,
  },
  {
    path: "/channels",
    title: "栏目管理",
    icon: <UnorderedListOutlined />,
    permission: "channel.manage",
    Component: ChannelsPage,
  },
  {
    path: "/topics",
    title: "专题",
    icon: <ReadOutlined />,
    permission: "channel.manage",
    Component: TopicsPage,
  },
  {
    path: "/workflow",
    title: "审核流程",
    icon: <BranchesOutlined />,
    permission: "channel.manage",
    Component: WorkflowPage,
  },
  {
    path: "/units",
    title: "单位管理",
    icon: <ApartmentOutlined />,
    permission: "unit.read",
    Component: UnitsPage,
  },
  {
    path: "/sites",
    title: "站点管理",
    icon: <GlobalOutlined />,
    permission: "site.read",
    Component: SitesPage,
  },
  {
    path: "/platform-settings",
    title: "平台设置",
    icon: <GlobalOutlined />,
    permission: "site.create",
    cityWide: true,
    Component: PlatformSettingsPage,
  },
  // The official working-day calendar letter deadlines count on (holidays, 调休), kept by the platform admin.
  {
    path: "/calendar",
    title: "工作日历",
    icon: <CalendarOutlined />,
    permission: "calendar.manage",
    cityWide: true,
    Component: CalendarPage,
  },
  {
    path: "/users",
    title: "用户管理",
    icon: <TeamOutlined />,
    permission: "user.read",
    Component: UsersPage,
  },
  { path: "/roles", title: "角色", icon: <SafetyOutlined />, permission: "user.read", Component: RolesPage },
  // The two duties the servers grant only city-wide (三员分立): a scoped grant does not open them.
  {
    path: "/security",
    title: "安全策略",
    icon: <LockOutlined />,
    permission: "security.manage",
    cityWide: true,
    Component: SecurityPage,
  },
  {
    path: "/audit",
    title: "审计日志",
    icon: <AuditOutlined />,
    permission: "audit.read",
    cityWide: true,
    Component: AuditPage,
  },
];

/** The routes this caller may open. */
export function visibleRoutes(access: Access): AppRoute[] {
  return APP_ROUTES.filter((route) => canAccess(route, access));
}

/** The side menu's entries for this caller. */
export function menuRoutes(access: Access): AppRoute[] {
  return visibleRoutes(access).filter((route) => !route.hideInMenu);
}

/** The menu entry a location belongs to: the longest menu path that is a prefix of it. */
export function menuKeyOf(pathname: string): string {
  const matches = APP_ROUTES.filter(
    (route) => !route.hideInMenu && (pathname === route.path || pathname.startsWith(`${route.path}/`)),
  );
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? pathname;
}

export function canOpenPath(path: string, access: Access): boolean {
  const route = APP_ROUTES.find((candidate) => candidate.path === path);
  return route !== undefined && canAccess(route, access);
}
