import { roleByCode } from "@jiyue/server-kit/roles";

// Chinese names for the event types and actor kinds the audit log shows; unknown ones appear as sent.
export const EVENT_TYPE_LABELS: Record<string, string> = {
  "unit.created": "新建单位",
  "unit.updated": "修改单位",
  "site.created": "新建站点",
  "site.updated": "修改站点",
  "user.created": "新建用户",
  "user.updated": "修改用户",
  "user.password_changed": "修改密码",
  "user.password_reset": "重置密码",
  "user.unlocked": "解锁账号",
  "role.assigned": "分配角色",
  "role.revoked": "撤销角色",
  "auth.login_succeeded": "登录成功",
  "auth.login_failed": "登录失败",
  "auth.locked": "账号锁定",
  "auth.logout": "退出登录",
  "auth.refresh_reused": "刷新令牌被重复使用",
  "citizen.registered": "公众注册",
  "citizen.password_changed": "公众修改密码",
  "citizen.password_reset": "公众找回密码",
  "api_client.created": "新建接口客户端",
  "api_client.revoked": "停用接口客户端",
  "security_policy.updated": "修改安全策略",
  "channel.created": "新建栏目",
  "lexicon.changed": "修改敏感词库",
};

export function eventTypeLabel(type: string): string {
  return EVENT_TYPE_LABELS[type] ?? type;
}

export const ACTOR_KIND_LABELS: Record<string, string> = {
  staff: "工作人员",
  citizen: "公众",
  client: "第三方",
  service: "服务",
  system: "系统",
  anonymous: "匿名",
};

export function actorKindLabel(kind: string): string {
  return ACTOR_KIND_LABELS[kind] ?? kind;
}

/**
 * "platform_admin@city" → "系统管理员（全市）", "editor@unit:<id>" → "编辑（<单位名>）" when the entry names that
 * unit, else "编辑（单位）". Unknown roles appear as sent.
 */
export function actorRoleLabel(role: string, unit?: { id: string; name: string } | null): string {
  const [code = role, scope = ""] = role.split("@");
  const name = roleByCode(code)?.name;
  if (!name) return role;
  const [kind, id] = scope.split(":");
  if (kind === "city") return `${name}（全市）`;
  if (kind === "unit") return `${name}（${unit && unit.id === id ? unit.name : "单位"}）`;
  if (kind === "site") return `${name}（站点）`;
  return name;
}
