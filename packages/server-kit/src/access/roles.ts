// The default role catalogue. Roles are data (identity.role); this seeds it and documents the actions.

export const ACTIONS = {
  "unit.read": "查看单位",
  "unit.manage": "管理单位",
  "site.read": "查看站点",
  "site.create": "新建站点",
  "site.update": "修改站点",
  "user.read": "查看用户",
  "user.manage": "管理用户",
  "role.assign": "分配角色",
  "security.manage": "安全策略与解锁",
  "audit.read": "查看审计日志",
  "channel.manage": "管理栏目",
  "mailbox.manage": "管理信箱",
  "calendar.manage": "管理工作日历",
  "article.read": "查看稿件",
  "article.write": "撰写稿件",
  "article.review": "审核稿件",
  "article.publish": "发布稿件",
  "article.restore": "恢复回收站稿件",
  "article.push": "报送稿件",
  "article.adopt": "采用报送稿件",
  "distribution.manage": "管理新媒体分发",
  "check.override": "错敏词放行",
  "letter.dispatch": "信件分办",
  "letter.handle": "信件承办",
  "letter.reply_review": "答复审核",
  "knowledge.manage": "维护智库",
  "letter.supervise": "信件督办",
  "solicitation.manage": "管理意见征集",
  "lexicon.read": "查看词库",
  "lexicon.manage": "管理词库",
  "supervise.read": "监管查看",
  "inspection.run": "巡检",
  "evaluation.read": "查看评估",
} as const;
export type Action = keyof typeof ACTIONS;

export type RoleScopeKind = "city" | "unit" | "site";

export interface RoleDefinition {
  code: string;
  name: string;
  /** Which scopes the role may be assigned at. */
  scopeKinds: RoleScopeKind[];
  actions: Action[];
  /** Roles with the same exclusive group can never be held by one person (三员分立). */
  exclusiveGroup?: string;
  /** Reviewer stage (1 初审, 2 复审, 3 终审). */
  stage?: number;
  /** Second factor required by policy. */
  requiresTotp?: boolean;
}

export const THREE_ADMINS = "three_admins";

export const DEFAULT_ROLES: RoleDefinition[] = [
  {
    code: "platform_admin",
    name: "系统管理员",
    scopeKinds: ["city"],
    exclusiveGroup: THREE_ADMINS,
    requiresTotp: true,
    actions: [
      "unit.read",
      "unit.manage",
      "site.read",
      "site.create",
      "site.update",
      "user.read",
      "user.manage",
      "role.assign",
      "channel.manage",
      "mailbox.manage",
      "calendar.manage",
      "distribution.manage",
      "lexicon.read",
    ],
  },
  {
    code: "security_admin",
    name: "安全管理员",
    scopeKinds: ["city"],
    exclusiveGroup: THREE_ADMINS,
    requiresTotp: true,
    actions: ["unit.read", "site.read", "user.read", "security.manage"],
  },
  {
    code: "audit_admin",
    name: "审计管理员",
    scopeKinds: ["city"],
    exclusiveGroup: THREE_ADMINS,
    requiresTotp: true,
    actions: ["unit.read", "site.read", "audit.read"],
  },
  {
    code: "unit_admin",
    name: "单位管理员",
    scopeKinds: ["unit"],
    requiresTotp: true,
    actions: [
      "unit.read",
      "site.read",
      "site.update",
      "user.read",
      "user.manage",
      "role.assign",
      "channel.manage",
      "mailbox.manage",
      "solicitation.manage",
      "article.read",
      "article.restore",
      "distribution.manage",
      "lexicon.read",
      "lexicon.manage",
    ],
  },
  {
    code: "editor",
    name: "编辑",
    scopeKinds: ["unit", "site"],
    actions: ["unit.read", "site.read", "article.read", "article.write", "article.push", "lexicon.read"],
  },
  {
    code: "reviewer_1",
    name: "初审",
    stage: 1,
    scopeKinds: ["unit", "site"],
    actions: ["unit.read", "site.read", "article.read", "article.review", "article.adopt", "lexicon.read"],
  },
  {
    code: "reviewer_2",
    name: "复审",
    stage: 2,
    scopeKinds: ["unit", "site"],
    actions: ["unit.read", "site.read", "article.read", "article.review", "article.adopt", "lexicon.read"],
  },
  {
    code: "reviewer_3",
    name: "终审",
    stage: 3,
    scopeKinds: ["unit", "site"],
    actions: [
      "unit.read",
      "site.read",
      "article.read",
      "article.review",
      "article.publish",
      "article.push",
      "article.adopt",
      "lexicon.read",
    ],
  },
  {
    code: "checker_override",
    name: "错敏词放行",
    scopeKinds: ["unit", "site"],
    actions: ["site.read", "article.read", "check.override"],
  },
  {
    code: "letter_dispatcher",
    name: "信件分办",
    scopeKinds: ["unit", "site"],
    actions: ["unit.read", "site.read", "letter.dispatch"],
  },
  {
    code: "letter_handler",
    name: "信件承办",
    scopeKinds: ["unit", "site"],
    actions: ["unit.read", "site.read", "letter.handle"],
  },
  {
    code: "reply_reviewer",
    name: "答复审核",
    scopeKinds: ["unit", "site"],
    actions: ["unit.read", "site.read", "letter.reply_review"],
  },
  {
    code: "solicitation_manager",
    name: "意见征集管理",
    scopeKinds: ["city", "unit"],
    actions: ["unit.read", "site.read", "solicitation.manage"],
  },
  {
    code: "knowledge_editor",
    name: "智库维护",
    scopeKinds: ["unit", "site"],
    actions: ["unit.read", "site.read", "knowledge.manage"],
  },
  {
    code: "supervisor",
    name: "市级监管",
    scopeKinds: ["city"],
    actions: [
      "unit.read",
      "site.read",
      "user.read",
      "article.read",
      "supervise.read",
      "letter.supervise",
      "inspection.run",
      "lexicon.read",
      "lexicon.manage",
      "evaluation.read",
    ],
  },
];

export function roleByCode(code: string): RoleDefinition | undefined {
  return DEFAULT_ROLES.find((role) => role.code === code);
}
