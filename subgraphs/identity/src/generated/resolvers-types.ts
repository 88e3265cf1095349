import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UnitRow as UnitRowModel } from '../modules/unit/unit.sql';
import type { SiteRow as SiteRowModel } from '../modules/site/site.sql';
import type { UserRow as UserRowModel } from '../modules/user/user.sql';
import type { RoleAssignmentRow as RoleAssignmentRowModel, RoleRow as RoleRowModel } from '../modules/role/role.sql';
import type { CitizenRow as CitizenRowModel } from '../modules/citizen/citizen.sql';
import type { ApiClientRow as ApiClientRowModel } from '../modules/api-client/api-client.sql';
import type { MeModel as MeModelModel, GrantModel as GrantModelModel } from '../modules/auth/auth.types';
import type { PlatformSettingsModel as PlatformSettingsModelModel } from '../modules/settings/settings.service';
import type { IdentityContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** 第三方新媒体 API 客户端 */
export type ApiClient = {
  __typename?: 'ApiClient';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  scopes: Array<Scalars['String']['output']>;
  /** 可读取已发布内容的站点 */
  sites: Array<Site>;
};

export type ApiClientCreated = {
  __typename?: 'ApiClientCreated';
  client: ApiClient;
  /** 密钥只显示这一次 */
  secret: Scalars['String']['output'];
};

export type AssignRoleInput = {
  roleCode: Scalars['ID']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};

/** 市民 / 法人账号 */
export type Citizen = {
  __typename?: 'Citizen';
  createdAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码（法人，仅本人可见） */
  creditCode: Maybe<Scalars['String']['output']>;
  /** 账号已注销 */
  deleted: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  /** 是否设有本地密码（统一身份认证账号没有） */
  hasPassword: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 登录手机号（脱敏） */
  maskedPhone: Maybe<Scalars['String']['output']>;
  /** 登录手机号（完整，仅本人可见） */
  phone: Maybe<Scalars['String']['output']>;
  type: CitizenType;
};

export type CitizenLoginInput = {
  password: Scalars['String']['input'];
  phone: Scalars['String']['input'];
};

export type CitizenPasswordResetInput = {
  /** 新密码（规则与注册相同） */
  newPassword: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  /** 发送到该手机号的 6 位找回密码验证码（requestCitizenPasswordResetCode） */
  phoneCode: Scalars['String']['input'];
};

export type CitizenProfileInput = {
  displayName: Scalars['String']['input'];
};

/** 注册或找回密码的验证码已发出（号码是否已注册，回答都一样） */
export type CitizenRegisterCodeSent = {
  __typename?: 'CitizenRegisterCodeSent';
  /** 验证码有效期（秒） */
  expiresInSeconds: Scalars['Int']['output'];
  /** 脱敏后的手机号码 */
  maskedPhone: Scalars['String']['output'];
  /** 多少秒后可以重新获取 */
  resendAfterSeconds: Scalars['Int']['output'];
};

export type CitizenRegisterInput = {
  /** 法人：统一社会信用代码 */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  /** 发送到该手机号的 6 位注册验证码（requestCitizenRegisterCode） */
  phoneCode: Scalars['String']['input'];
  type: CitizenType;
};

/** 市民类型：自然人、法人 */
export type CitizenType =
  | 'legal_person'
  | 'person';

export type CreateApiClientInput = {
  name: Scalars['String']['input'];
  siteIds: Array<Scalars['ID']['input']>;
};

export type CreateSiteInput = {
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  domains?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  siteIdCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SiteStatus>;
  /** 栏目模板：standard（默认）或 empty */
  template?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
};

export type CreateUnitInput = {
  code: Scalars['String']['input'];
  kind: UnitKind;
  level: UnitLevel;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
};

/** 当前授权：某角色在某范围 */
export type Grant = {
  __typename?: 'Grant';
  actions: Array<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  roleName: Scalars['String']['output'];
  site: Maybe<Site>;
  stage: Maybe<Scalars['Int']['output']>;
  unit: Maybe<Unit>;
};

/** 首页区块 */
export type HomeBlock = {
  __typename?: 'HomeBlock';
  /** 栏目区块的栏目 */
  channelId: Maybe<Scalars['ID']['output']>;
  kind: HomeBlockKind;
  /** 自定义标题 */
  title: Maybe<Scalars['String']['output']>;
};

export type HomeBlockInput = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  kind: HomeBlockKind;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** 首页区块类型：头条、图片新闻、置顶、栏目、专题 */
export type HomeBlockKind =
  | 'carousel'
  | 'channel'
  | 'headline'
  | 'pinned'
  | 'topics';

export type LoginInput = {
  password: Scalars['String']['input'];
  totpCode?: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
};

/** 本系统开启的登录方式 */
export type LoginMethods = {
  __typename?: 'LoginMethods';
  /** 本地账号（始终开启） */
  local: Scalars['Boolean']['output'];
  /** 统一身份认证（OIDC）是否开启 */
  oidc: Scalars['Boolean']['output'];
  /** 统一身份认证的显示名称 */
  oidcName: Maybe<Scalars['String']['output']>;
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  accessToken: Maybe<Scalars['String']['output']>;
  /** 访问令牌有效秒数 */
  expiresIn: Maybe<Scalars['Int']['output']>;
  me: Maybe<Me>;
  refreshToken: Maybe<Scalars['String']['output']>;
  status: LoginStatus;
  totpSetup: Maybe<TotpSetup>;
};

export type LoginStatus =
  /** 登录成功，已签发令牌 */
  | 'success'
  /** 需要输入动态口令 */
  | 'totp_required'
  /** 按策略必须先绑定动态口令：扫描二维码后带口令再次登录 */
  | 'totp_setup_required';

/** 当前登录主体 */
export type Me = {
  __typename?: 'Me';
  citizen: Maybe<Citizen>;
  displayName: Scalars['String']['output'];
  grants: Array<Grant>;
  id: Scalars['ID']['output'];
  kind: SubjectKind;
  user: Maybe<User>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 客户端凭证换取访问令牌（client_credentials） */
  apiClientToken: TokenPair;
  assignRole: RoleAssignment;
  changePassword: Scalars['Boolean']['output'];
  citizenLogin: LoginPayload;
  /** 注册市民账号：验证码正确后才创建账号；号码已注册的提示只在验证码正确后给出 */
  citizenRegister: LoginPayload;
  createApiClient: ApiClientCreated;
  createSite: Site;
  createUnit: Unit;
  createUser: User;
  /** 市民注销本人账号：本地账号须输入密码，统一身份认证账号须在 10 分钟内重新登录过；账号匿名化，公开记录保留 */
  deleteMyCitizenAccount: Scalars['Boolean']['output'];
  /** 用统一身份认证回调给出的一次性登录凭据（60 秒内有效）换取令牌；工作人员按策略可能还需动态口令 */
  exchangeLoginTicket: LoginPayload;
  /** 工作人员登录（错误信息不区分用户名或密码） */
  login: LoginPayload;
  logout: Scalars['Boolean']['output'];
  /** 刷新令牌轮换：旧刷新令牌立即失效 */
  refreshToken: TokenPair;
  /**
   * 忘记密码：向手机号发送找回密码验证码（规则、限流与注册验证码相同）。
   * 号码没有本地账号时不发短信（统一身份认证账号收到不含验证码的说明），回答与有账号时相同
   */
  requestCitizenPasswordResetCode: CitizenRegisterCodeSent;
  /**
   * 向手机号发送注册验证码（10 分钟内有效，错 5 次作废；同一号码 60 秒内只能获取一次，同一号码、同一地址每小时有上限）。
   * 号码已注册时短信告知已注册而不含验证码，回答与未注册时相同
   */
  requestCitizenRegisterCode: CitizenRegisterCodeSent;
  /** 忘记密码：验证码正确后设置新密码，验证码作废，该账号已登录的会话全部失效；之后用新密码登录 */
  resetCitizenPassword: Scalars['Boolean']['output'];
  /** 管理员重置密码 */
  resetPassword: Scalars['Boolean']['output'];
  revokeApiClient: Scalars['Boolean']['output'];
  revokeRole: Scalars['Boolean']['output'];
  /** 轮换签名密钥：新密钥立即用于签发；旧密钥在其令牌过期前仍可验证。仅安全管理员可操作。 */
  rotateSigningKey: Array<SigningKey>;
  /** 开启或关闭全站灰色模式（仅平台管理员） */
  setGreyMode: PlatformSettings;
  /** 安全管理员解除锁定 */
  unlockUser: User;
  /** 市民修改本人资料（登录手机号不可修改） */
  updateMyCitizenProfile: Citizen;
  /** 修改安全策略，立即对之后的登录和密码设置生效。仅安全管理员可操作。 */
  updateSecurityPolicy: SecurityPolicy;
  updateSite: Site;
  /** 修改站点外观与首页布局（需要站点修改权限） */
  updateSiteAppearance: Site;
  updateUnit: Unit;
  updateUser: User;
};


export type MutationApiClientTokenArgs = {
  clientId: Scalars['ID']['input'];
  secret: Scalars['String']['input'];
};


export type MutationAssignRoleArgs = {
  input: AssignRoleInput;
};


export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


export type MutationCitizenLoginArgs = {
  input: CitizenLoginInput;
};


export type MutationCitizenRegisterArgs = {
  input: CitizenRegisterInput;
};


export type MutationCreateApiClientArgs = {
  input: CreateApiClientInput;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteMyCitizenAccountArgs = {
  password?: InputMaybe<Scalars['String']['input']>;
};


export type MutationExchangeLoginTicketArgs = {
  ticket: Scalars['String']['input'];
  totpCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRequestCitizenPasswordResetCodeArgs = {
  phone: Scalars['String']['input'];
};


export type MutationRequestCitizenRegisterCodeArgs = {
  phone: Scalars['String']['input'];
};


export type MutationResetCitizenPasswordArgs = {
  input: CitizenPasswordResetInput;
};


export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationRevokeApiClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type MutationSetGreyModeArgs = {
  enabled: Scalars['Boolean']['input'];
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateMyCitizenProfileArgs = {
  input: CitizenProfileInput;
};


export type MutationUpdateSecurityPolicyArgs = {
  input: UpdateSecurityPolicyInput;
};


export type MutationUpdateSiteArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSiteInput;
};


export type MutationUpdateSiteAppearanceArgs = {
  id: Scalars['ID']['input'];
  input: SiteAppearanceInput;
};


export type MutationUpdateUnitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUnitInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

/** 全平台设置 */
export type PlatformSettings = {
  __typename?: 'PlatformSettings';
  /** 全站灰色模式（国家公祭日、哀悼日）：开启后所有站点页面以灰色显示 */
  greyMode: Scalars['Boolean']['output'];
  greyModeChangedAt: Maybe<Scalars['DateTime']['output']>;
};

export type Query = {
  __typename?: 'Query';
  apiClients: Array<ApiClient>;
  /** 登录页据此显示可用的登录方式（无需登录） */
  loginMethods: LoginMethods;
  me: Maybe<Me>;
  /** 全平台设置（公开：门户据此渲染） */
  platformSettings: PlatformSettings;
  roles: Array<Role>;
  /** 当前安全策略。仅安全管理员（security.manage，全市）可查看。 */
  securityPolicy: SecurityPolicy;
  /** 已发布（JWKS 中）的签名密钥，最新在前。仅安全管理员可查看。 */
  signingKeys: Array<SigningKey>;
  site: Maybe<Site>;
  siteByCode: Maybe<Site>;
  /** 门户按 Host 查找站点 */
  siteByDomain: Maybe<Site>;
  /** 站点列表：公众只能看到已上线站点；工作人员看到其权限范围内的站点 */
  sites: SitePage;
  unit: Maybe<Unit>;
  /** 单位列表（工作人员可见） */
  units: Array<Unit>;
  user: Maybe<User>;
  /** 用户列表：仅限有“查看用户”权限的范围 */
  users: UserPage;
};


export type QuerySiteArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySiteByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QuerySiteByDomainArgs = {
  domain: Scalars['String']['input'];
};


export type QuerySitesArgs = {
  filter?: InputMaybe<SiteFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitsArgs = {
  filter?: InputMaybe<UnitFilter>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** 角色（数据，而非代码） */
export type Role = {
  __typename?: 'Role';
  actions: Array<Scalars['String']['output']>;
  code: Scalars['ID']['output'];
  /** 互斥组：同组角色不能由同一人担任（三员分立） */
  exclusiveGroup: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  requiresTotp: Scalars['Boolean']['output'];
  scopeKinds: Array<RoleScopeKind>;
  /** 审核阶段：1 初审 2 复审 3 终审 */
  stage: Maybe<Scalars['Int']['output']>;
};

/** 某人在某范围内担任的角色 */
export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  site: Maybe<Site>;
  unit: Maybe<Unit>;
};

/** 角色可分配的范围 */
export type RoleScopeKind =
  | 'city'
  | 'site'
  | 'unit';

/** 全市安全策略（安全管理员维护）：登录锁定、管理员动态口令与密码长度 */
export type SecurityPolicy = {
  __typename?: 'SecurityPolicy';
  /** 锁定时长，分钟（1–1440） */
  lockoutMinutes: Scalars['Int']['output'];
  /** 连续登录失败多少次后锁定账号（3–20） */
  maxFailedAttempts: Scalars['Int']['output'];
  /** 密码最短长度（8–64） */
  passwordMinLength: Scalars['Int']['output'];
  /** 管理员角色登录是否必须绑定动态口令（TOTP） */
  totpRequiredForAdmins: Scalars['Boolean']['output'];
  /** 最近修改时间；从未修改（使用默认值）时为空 */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** 访问令牌签名密钥（只公开标识与时间；私钥从不离开身份服务） */
export type SigningKey = {
  __typename?: 'SigningKey';
  createdAt: Scalars['DateTime']['output'];
  /** 是否为当前签发新令牌所用的密钥；其余为已轮换、在其签发的令牌过期前仍可验证的旧密钥 */
  current: Scalars['Boolean']['output'];
  kid: Scalars['ID']['output'];
};

/** 站点 / 子站 */
export type Site = {
  __typename?: 'Site';
  /** 下级子站 */
  children: Array<Site>;
  /** 站点代码（门户地址 /s/<code>/） */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** 绑定的域名 */
  domains: Array<Scalars['String']['output']>;
  /** 首页布局（按顺序的区块）；null 表示标准布局 */
  homeLayout: Maybe<Array<HomeBlock>>;
  id: Scalars['ID']['output'];
  /** 示例数据 */
  isDemo: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** 上级站点（子站） */
  parent: Maybe<Site>;
  /** 网站标识码 */
  siteIdCode: Maybe<Scalars['String']['output']>;
  status: SiteStatus;
  /** 站点外观（未设置的项使用平台默认值） */
  theme: SiteTheme;
  unit: Unit;
  updatedAt: Scalars['DateTime']['output'];
};

export type SiteAppearanceInput = {
  /** 首页布局；传 null 恢复标准布局，不传则不变 */
  homeLayout?: InputMaybe<Array<HomeBlockInput>>;
  /** 整体替换站点外观 */
  theme?: InputMaybe<SiteThemeInput>;
};

export type SiteFilter = {
  parentId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SiteStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type SitePage = {
  __typename?: 'SitePage';
  items: Array<Site>;
  total: Scalars['Int']['output'];
};

/** 站点状态：建设中、已上线、已下线 */
export type SiteStatus =
  | 'building'
  | 'offline'
  | 'online';

/** 站点外观 */
export type SiteTheme = {
  __typename?: 'SiteTheme';
  /** 页头横幅（媒体库图片地址） */
  bannerUrl: Maybe<Scalars['String']['output']>;
  /** 页脚文字 */
  footerText: Maybe<Scalars['String']['output']>;
  /** ICP备案号 */
  icpNumber: Maybe<Scalars['String']['output']>;
  /** 站点标志（媒体库图片地址） */
  logoUrl: Maybe<Scalars['String']['output']>;
  /** 公安机关备案号 */
  policeNumber: Maybe<Scalars['String']['output']>;
  /** 主色 #rrggbb（与白色文字对比度不低于 4.5:1）；null 为平台默认 */
  primaryColor: Maybe<Scalars['String']['output']>;
  /** 是否显示党政机关网站标识 */
  showGovMark: Scalars['Boolean']['output'];
};

export type SiteThemeInput = {
  bannerUrl?: InputMaybe<Scalars['String']['input']>;
  footerText?: InputMaybe<Scalars['String']['input']>;
  icpNumber?: InputMaybe<Scalars['String']['input']>;
  /** 媒体标识或 /media/ 开头的地址 */
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  policeNumber?: InputMaybe<Scalars['String']['input']>;
  primaryColor?: InputMaybe<Scalars['String']['input']>;
  showGovMark?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 登录主体类型 */
export type SubjectKind =
  | 'citizen'
  | 'client'
  | 'staff';

export type TokenPair = {
  __typename?: 'TokenPair';
  accessToken: Scalars['String']['output'];
  expiresIn: Scalars['Int']['output'];
  refreshToken: Scalars['String']['output'];
};

export type TotpSetup = {
  __typename?: 'TotpSetup';
  otpauthUrl: Scalars['String']['output'];
  secret: Scalars['String']['output'];
};

/** 单位（组织树：市级 → 区县级 → 单位） */
export type Unit = {
  __typename?: 'Unit';
  children: Array<Unit>;
  /** 统一编码（如组织机构代码的简写） */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 示例数据 */
  isDemo: Scalars['Boolean']['output'];
  kind: UnitKind;
  level: UnitLevel;
  name: Scalars['String']['output'];
  parent: Maybe<Unit>;
  shortName: Maybe<Scalars['String']['output']>;
  sites: Array<Site>;
  sortOrder: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type UnitFilter = {
  kind?: InputMaybe<UnitKind>;
  level?: InputMaybe<UnitLevel>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** true: 只看顶层单位 */
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** 单位类别 */
export type UnitKind =
  /** 政协 */
  | 'cppcc'
  /** 民主党派 */
  | 'democratic_party'
  /** 区县党委 */
  | 'district_committee'
  /** 群团组织 */
  | 'mass_organization'
  /** 其他 */
  | 'other'
  /** 党委部门 */
  | 'party_committee'
  /** 人大 */
  | 'peoples_congress';

/** 单位层级：市级、区县级 */
export type UnitLevel =
  | 'city'
  | 'district';

/** 修改安全策略：未提供的字段保持不变 */
export type UpdateSecurityPolicyInput = {
  lockoutMinutes?: InputMaybe<Scalars['Int']['input']>;
  maxFailedAttempts?: InputMaybe<Scalars['Int']['input']>;
  passwordMinLength?: InputMaybe<Scalars['Int']['input']>;
  totpRequiredForAdmins?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateSiteInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  domains?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  siteIdCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SiteStatus>;
};

export type UpdateUnitInput = {
  kind?: InputMaybe<UnitKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UserStatus>;
};

/** 工作人员 */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isDemo: Scalars['Boolean']['output'];
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  /** 因多次登录失败被锁定，直到该时间 */
  lockedUntil: Maybe<Scalars['DateTime']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  roles: Array<RoleAssignment>;
  status: UserStatus;
  /** 是否已绑定动态口令（TOTP） */
  totpEnabled: Scalars['Boolean']['output'];
  unit: Maybe<Unit>;
  username: Scalars['String']['output'];
};

export type UserFilter = {
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UserStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  total: Scalars['Int']['output'];
};

/** 账号状态 */
export type UserStatus =
  | 'active'
  | 'disabled';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  ApiClient: ApiClient;
  Citizen: Citizen;
  Site: Site;
  Unit: Unit;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ApiClient:
    ( { __typename: 'ApiClient' }
    & GraphQLRecursivePick<FederationTypes['ApiClient'], {"id":true}> );
  Citizen:
    ( { __typename: 'Citizen' }
    & GraphQLRecursivePick<FederationTypes['Citizen'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
  Unit:
    ( { __typename: 'Unit' }
    & GraphQLRecursivePick<FederationTypes['Unit'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiClient: ResolverTypeWrapper<ApiClientRowModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApiClientCreated: ResolverTypeWrapper<Omit<ApiClientCreated, 'client'> & { client: ResolversTypes['ApiClient'] }>;
  AssignRoleInput: AssignRoleInput;
  Citizen: ResolverTypeWrapper<CitizenRowModel>;
  CitizenLoginInput: CitizenLoginInput;
  CitizenPasswordResetInput: CitizenPasswordResetInput;
  CitizenProfileInput: CitizenProfileInput;
  CitizenRegisterCodeSent: ResolverTypeWrapper<CitizenRegisterCodeSent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CitizenRegisterInput: CitizenRegisterInput;
  CitizenType: null;
  CreateApiClientInput: CreateApiClientInput;
  CreateSiteInput: CreateSiteInput;
  CreateUnitInput: CreateUnitInput;
  CreateUserInput: CreateUserInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Grant: ResolverTypeWrapper<GrantModelModel>;
  HomeBlock: ResolverTypeWrapper<HomeBlock>;
  HomeBlockInput: HomeBlockInput;
  HomeBlockKind: null;
  LoginInput: LoginInput;
  LoginMethods: ResolverTypeWrapper<LoginMethods>;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'me'> & { me?: Maybe<ResolversTypes['Me']> }>;
  LoginStatus: null;
  Me: ResolverTypeWrapper<MeModelModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PlatformSettings: ResolverTypeWrapper<PlatformSettingsModelModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: ResolverTypeWrapper<RoleRowModel>;
  RoleAssignment: ResolverTypeWrapper<RoleAssignmentRowModel>;
  RoleScopeKind: null;
  SecurityPolicy: ResolverTypeWrapper<SecurityPolicy>;
  SigningKey: ResolverTypeWrapper<SigningKey>;
  Site: ResolverTypeWrapper<SiteRowModel>;
  SiteAppearanceInput: SiteAppearanceInput;
  SiteFilter: SiteFilter;
  SitePage: ResolverTypeWrapper<Omit<SitePage, 'items'> & { items: Array<ResolversTypes['Site']> }>;
  SiteStatus: null;
  SiteTheme: ResolverTypeWrapper<SiteTheme>;
  SiteThemeInput: SiteThemeInput;
  SubjectKind: null;
  TokenPair: ResolverTypeWrapper<TokenPair>;
  TotpSetup: ResolverTypeWrapper<TotpSetup>;
  Unit: ResolverTypeWrapper<UnitRowModel>;
  UnitFilter: UnitFilter;
  UnitKind: null;
  UnitLevel: null;
  UpdateSecurityPolicyInput: UpdateSecurityPolicyInput;
  UpdateSiteInput: UpdateSiteInput;
  UpdateUnitInput: UpdateUnitInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserRowModel>;
  UserFilter: UserFilter;
  UserPage: ResolverTypeWrapper<Omit<UserPage, 'items'> & { items: Array<ResolversTypes['User']> }>;
  UserStatus: null;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiClient: ApiClientRowModel;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ApiClientCreated: Omit<ApiClientCreated, 'client'> & { client: ResolversParentTypes['ApiClient'] };
  AssignRoleInput: AssignRoleInput;
  Citizen: CitizenRowModel;
  CitizenLoginInput: CitizenLoginInput;
  CitizenPasswordResetInput: CitizenPasswordResetInput;
  CitizenProfileInput: CitizenProfileInput;
  CitizenRegisterCodeSent: CitizenRegisterCodeSent;
  Int: Scalars['Int']['output'];
  CitizenRegisterInput: CitizenRegisterInput;
  CreateApiClientInput: CreateApiClientInput;
  CreateSiteInput: CreateSiteInput;
  CreateUnitInput: CreateUnitInput;
  CreateUserInput: CreateUserInput;
  DateTime: Scalars['DateTime']['output'];
  Grant: GrantModelModel;
  HomeBlock: HomeBlock;
  HomeBlockInput: HomeBlockInput;
  LoginInput: LoginInput;
  LoginMethods: LoginMethods;
  LoginPayload: Omit<LoginPayload, 'me'> & { me?: Maybe<ResolversParentTypes['Me']> };
  Me: MeModelModel;
  Mutation: Record<PropertyKey, never>;
  PlatformSettings: PlatformSettingsModelModel;
  Query: Record<PropertyKey, never>;
  Role: RoleRowModel;
  RoleAssignment: RoleAssignmentRowModel;
  SecurityPolicy: SecurityPolicy;
  SigningKey: SigningKey;
  Site: SiteRowModel;
  SiteAppearanceInput: SiteAppearanceInput;
  SiteFilter: SiteFilter;
  SitePage: Omit<SitePage, 'items'> & { items: Array<ResolversParentTypes['Site']> };
  SiteTheme: SiteTheme;
  SiteThemeInput: SiteThemeInput;
  TokenPair: TokenPair;
  TotpSetup: TotpSetup;
  Unit: UnitRowModel;
  UnitFilter: UnitFilter;
  UpdateSecurityPolicyInput: UpdateSecurityPolicyInput;
  UpdateSiteInput: UpdateSiteInput;
  UpdateUnitInput: UpdateUnitInput;
  UpdateUserInput: UpdateUserInput;
  User: UserRowModel;
  UserFilter: UserFilter;
  UserPage: Omit<UserPage, 'items'> & { items: Array<ResolversParentTypes['User']> };
}>;

export type ApiClientResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiClient'] = ResolversParentTypes['ApiClient'], FederationReferenceType extends FederationReferenceTypes['ApiClient'] = FederationReferenceTypes['ApiClient']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApiClient']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
}>;

export type ApiClientCreatedResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiClientCreated'] = ResolversParentTypes['ApiClientCreated']> = ResolversObject<{
  client?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CitizenResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maskedPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CitizenType'], ParentType, ContextType>;
}>;

export type CitizenRegisterCodeSentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CitizenRegisterCodeSent'] = ResolversParentTypes['CitizenRegisterCodeSent']> = ResolversObject<{
  expiresInSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maskedPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resendAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CitizenTypeResolvers = { LEGAL_PERSON: 'legal_person', PERSON: 'person' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GrantResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Grant'] = ResolversParentTypes['Grant']> = ResolversObject<{
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
}>;

export type HomeBlockResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['HomeBlock'] = ResolversParentTypes['HomeBlock']> = ResolversObject<{
  channelId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HomeBlockKind'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HomeBlockKindResolvers = { CAROUSEL: 'carousel', CHANNEL: 'channel', HEADLINE: 'headline', PINNED: 'pinned', TOPICS: 'topics' };

export type LoginMethodsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LoginMethods'] = ResolversParentTypes['LoginMethods']> = ResolversObject<{
  local?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  oidc?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  oidcName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LoginPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = ResolversObject<{
  accessToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresIn?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  refreshToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoginStatus'], ParentType, ContextType>;
  totpSetup?: Resolver<Maybe<ResolversTypes['TotpSetup']>, ParentType, ContextType>;
}>;

export type LoginStatusResolvers = { SUCCESS: 'success', TOTP_REQUIRED: 'totp_required', TOTP_SETUP_REQUIRED: 'totp_setup_required' };

export type MeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = ResolversObject<{
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['Grant']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SubjectKind'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  apiClientToken?: Resolver<ResolversTypes['TokenPair'], ParentType, ContextType, RequireFields<MutationApiClientTokenArgs, 'clientId' | 'secret'>>;
  assignRole?: Resolver<ResolversTypes['RoleAssignment'], ParentType, ContextType, RequireFields<MutationAssignRoleArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'newPassword' | 'oldPassword'>>;
  citizenLogin?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationCitizenLoginArgs, 'input'>>;
  citizenRegister?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationCitizenRegisterArgs, 'input'>>;
  createApiClient?: Resolver<ResolversTypes['ApiClientCreated'], ParentType, ContextType, RequireFields<MutationCreateApiClientArgs, 'input'>>;
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  createUnit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationCreateUnitArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deleteMyCitizenAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<MutationDeleteMyCitizenAccountArgs>>;
  exchangeLoginTicket?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationExchangeLoginTicketArgs, 'ticket'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'refreshToken'>>;
  refreshToken?: Resolver<ResolversTypes['TokenPair'], ParentType, ContextType, RequireFields<MutationRefreshTokenArgs, 'refreshToken'>>;
  requestCitizenPasswordResetCode?: Resolver<ResolversTypes['CitizenRegisterCodeSent'], ParentType, ContextType, RequireFields<MutationRequestCitizenPasswordResetCodeArgs, 'phone'>>;
  requestCitizenRegisterCode?: Resolver<ResolversTypes['CitizenRegisterCodeSent'], ParentType, ContextType, RequireFields<MutationRequestCitizenRegisterCodeArgs, 'phone'>>;
  resetCitizenPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetCitizenPasswordArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'id' | 'newPassword'>>;
  revokeApiClient?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeApiClientArgs, 'id'>>;
  revokeRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'assignmentId'>>;
  rotateSigningKey?: Resolver<Array<ResolversTypes['SigningKey']>, ParentType, ContextType>;
  setGreyMode?: Resolver<ResolversTypes['PlatformSettings'], ParentType, ContextType, RequireFields<MutationSetGreyModeArgs, 'enabled'>>;
  unlockUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUnlockUserArgs, 'id'>>;
  updateMyCitizenProfile?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType, RequireFields<MutationUpdateMyCitizenProfileArgs, 'input'>>;
  updateSecurityPolicy?: Resolver<ResolversTypes['SecurityPolicy'], ParentType, ContextType, RequireFields<MutationUpdateSecurityPolicyArgs, 'input'>>;
  updateSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationUpdateSiteArgs, 'id' | 'input'>>;
  updateSiteAppearance?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationUpdateSiteAppearanceArgs, 'id' | 'input'>>;
  updateUnit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationUpdateUnitArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
}>;

export type PlatformSettingsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PlatformSettings'] = ResolversParentTypes['PlatformSettings']> = ResolversObject<{
  greyMode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  greyModeChangedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiClients?: Resolver<Array<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  loginMethods?: Resolver<ResolversTypes['LoginMethods'], ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  platformSettings?: Resolver<ResolversTypes['PlatformSettings'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  securityPolicy?: Resolver<ResolversTypes['SecurityPolicy'], ParentType, ContextType>;
  signingKeys?: Resolver<Array<ResolversTypes['SigningKey']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteArgs, 'id'>>;
  siteByCode?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteByCodeArgs, 'code'>>;
  siteByDomain?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType, RequireFields<QuerySiteByDomainArgs, 'domain'>>;
  sites?: Resolver<ResolversTypes['SitePage'], ParentType, ContextType, RequireFields<QuerySitesArgs, 'limit' | 'offset'>>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType, RequireFields<QueryUnitArgs, 'id'>>;
  units?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType, Partial<QueryUnitsArgs>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserPage'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'limit' | 'offset'>>;
}>;

export type RoleResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = ResolversObject<{
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  exclusiveGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresTotp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scopeKinds?: Resolver<Array<ResolversTypes['RoleScopeKind']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type RoleAssignmentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RoleAssignment'] = ResolversParentTypes['RoleAssignment']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
}>;

export type RoleScopeKindResolvers = { CITY: 'city', SITE: 'site', UNIT: 'unit' };

export type SecurityPolicyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SecurityPolicy'] = ResolversParentTypes['SecurityPolicy']> = ResolversObject<{
  lockoutMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxFailedAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passwordMinLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totpRequiredForAdmins?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type SigningKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SigningKey'] = ResolversParentTypes['SigningKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  homeLayout?: Resolver<Maybe<Array<ResolversTypes['HomeBlock']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  siteIdCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SiteStatus'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['SiteTheme'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SitePageResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SitePage'] = ResolversParentTypes['SitePage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SiteStatusResolvers = { BUILDING: 'building', OFFLINE: 'offline', ONLINE: 'online' };

export type SiteThemeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SiteTheme'] = ResolversParentTypes['SiteTheme']> = ResolversObject<{
  bannerUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  footerText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  icpNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policeNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primaryColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  showGovMark?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SubjectKindResolvers = { CITIZEN: 'citizen', CLIENT: 'client', STAFF: 'staff' };

export type TokenPairResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TokenPair'] = ResolversParentTypes['TokenPair']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TotpSetupResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TotpSetup'] = ResolversParentTypes['TotpSetup']> = ResolversObject<{
  otpauthUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UnitResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit'], FederationReferenceType extends FederationReferenceTypes['Unit'] = FederationReferenceTypes['Unit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Unit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnitKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['UnitLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sites?: Resolver<Array<ResolversTypes['Site']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type UnitKindResolvers = { CPPCC: 'cppcc', DEMOCRATIC_PARTY: 'democratic_party', DISTRICT_COMMITTEE: 'district_committee', MASS_ORGANIZATION: 'mass_organization', OTHER: 'other', PARTY_COMMITTEE: 'party_committee', PEOPLES_CONGRESS: 'peoples_congress' };

export type UnitLevelResolvers = { CITY: 'city', DISTRICT: 'district' };

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleAssignment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UserStatus'], ParentType, ContextType>;
  totpEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserPageResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserPage'] = ResolversParentTypes['UserPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserStatusResolvers = { ACTIVE: 'active', DISABLED: 'disabled' };

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  ApiClient?: ApiClientResolvers<ContextType>;
  ApiClientCreated?: ApiClientCreatedResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  CitizenRegisterCodeSent?: CitizenRegisterCodeSentResolvers<ContextType>;
  CitizenType?: CitizenTypeResolvers;
  DateTime?: GraphQLScalarType;
  Grant?: GrantResolvers<ContextType>;
  HomeBlock?: HomeBlockResolvers<ContextType>;
  HomeBlockKind?: HomeBlockKindResolvers;
  LoginMethods?: LoginMethodsResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LoginStatus?: LoginStatusResolvers;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PlatformSettings?: PlatformSettingsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleAssignment?: RoleAssignmentResolvers<ContextType>;
  RoleScopeKind?: RoleScopeKindResolvers;
  SecurityPolicy?: SecurityPolicyResolvers<ContextType>;
  SigningKey?: SigningKeyResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  SitePage?: SitePageResolvers<ContextType>;
  SiteStatus?: SiteStatusResolvers;
  SiteTheme?: SiteThemeResolvers<ContextType>;
  SubjectKind?: SubjectKindResolvers;
  TokenPair?: TokenPairResolvers<ContextType>;
  TotpSetup?: TotpSetupResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  UnitKind?: UnitKindResolvers;
  UnitLevel?: UnitLevelResolvers;
  User?: UserResolvers<ContextType>;
  UserPage?: UserPageResolvers<ContextType>;
  UserStatus?: UserStatusResolvers;
}>;

