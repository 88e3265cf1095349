// The admin's pages. Each route declares the permission it needs; the side menu and the route guard
// both decide through canAccess (access.ts), so what is hidden is also refused.
import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  GlobalOutlined,
  LockOutlined,
  SafetyOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { ComponentType, ReactNode } from "react";
import { AuditPage } from "../features/audit/pages/AuditPage";
import { DashboardPage } from "../features/dashboard/pages/DashboardPage";
import { RolesPage } from "../features/roles/pages/RolesPage";
import { SecurityPage } from "../features/security/pages/SecurityPage";
import { SitesPage } from "../features/sites/pages/SitesPage";
import { UnitsPage } from "../features/units/pages/UnitsPage";
import { UsersPage } from "../features/users/pages/UsersPage";
import { type Access, canAccess, type Guarded } from "./access";

export interface AppRoute extends Guarded {
  path: string;
  title: string;
  icon: ReactNode;
  Component: ComponentType;
}

export const APP_ROUTES: AppRoute[] = [
  { path: "/", title: "工作台", icon: <DashboardOutlined />, Component: DashboardPage },
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

/** The routes (and so the menu entries) this caller may open. */
export function visibleRoutes(access: Access): AppRoute[] {
  return APP_ROUTES.filter((route) => canAccess(route, access));
}

export function canOpenPath(path: string, access: Access): boolean {
  const route = APP_ROUTES.find((candidate) => candidate.path === path);
  return route !== undefined && canAccess(route, access);
}
