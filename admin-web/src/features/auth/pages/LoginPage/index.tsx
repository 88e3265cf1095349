import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Divider, Flex, Form, Image, Input, Spin, Typography } from "antd";
import QRCode from "qrcode";
import { useEffect, useRef, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { loginErrorMessage } from "#app/errorLink";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { storeTokens } from "#app/session";
import type { LoginMutation } from "#gql/graphql";
import { ExchangeLoginTicketDocument } from "../../graphql/exchangeLoginTicket";
import { LoginDocument } from "../../graphql/login";
import { LoginMethodsDocument } from "../../graphql/loginMethods";

type LoginResult = LoginMutation["login"];
type TotpSetup = NonNullable<LoginResult["totpSetup"]>;

interface Credentials {
  username: string;
  password: string;
}

/** What the TOTP step resends with the code: the password, or the one-time ticket from the OIDC callback. */
type PendingLogin = { kind: "password"; credentials: Credentials } | { kind: "ticket"; ticket: string };

/** `?error=` codes identity's /oidc/callback sends the browser back with. */
const OIDC_ERRORS: Record<string, string> = {
  oidc_unknown_staff: "该统一身份账号未关联本平台工作人员账号，请联系管理员",
  oidc_account_disabled: "账号已停用",
  oidc_failed: "统一身份认证登录失败，请重试",
  oidc_provider_error: "统一身份认证未完成登录，请重试",
};

function oidcErrorMessage(code: string | null): string | null {
  if (!code) return null;
  return OIDC_ERRORS[code] ?? OIDC_ERRORS.oidc_failed ?? null;
}

function safeFrom(from: string | null): string | null {
  return from?.startsWith("/") && !from.startsWith("//") ? from : null;
}

/** Full-page link to identity's OIDC start (proxied by the admin server); comes back to /login?ticket=…. */
function oidcLoginHref(from: string | null): string {
  const back = from ? `/login?${new URLSearchParams({ from })}` : "/login";
  return `/oidc/login?${new URLSearchParams({ audience: "staff", return: back })}`;
}

function TotpSetupHint({ setup }: { setup: TotpSetup }) {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    QRCode.toDataURL(setup.otpauthUrl, { margin: 1, width: 200 })
      .then((url) => active && setQr(url))
      .catch(() => active && setQr(null));
    return () => {
      active = false;
    };
  }, [setup.otpauthUrl]);
  return (
    <Flex vertical gap={8} align="center" style={{ marginBottom: 16 }}>
      <Typography.Text>
        按安全策略须先绑定动态口令：请用身份验证器扫描二维码，或手工输入密钥。
      </Typography.Text>
      {qr && <Image src={qr} alt="动态口令绑定二维码" width={200} preview={false} />}
      <Typography.Text copyable code>
        {setup.secret}
      </Typography.Text>
    </Flex>
  );
}

export function LoginPage() {
  usePageTitle("登录");
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { refetch } = useMe();
  const silent = { context: { silentErrors: true } };
  const [login, { loading: loggingIn }] = useMutation(LoginDocument, silent);
  const [exchange, { loading: exchanging }] = useMutation(ExchangeLoginTicketDocument, silent);
  const { data: methods } = useQuery(LoginMethodsDocument, silent);
  const [pending, setPending] = useState<PendingLogin | null>(null);
  const [totpSetup, setTotpSetup] = useState<TotpSetup | null>(null);
  const [error, setError] = useState<string | null>(() => oidcErrorMessage(params.get("error")));
  const [ticket] = useState(() => params.get("ticket"));
  const ticketTaken = useRef(false);
  const from = safeFrom(params.get("from"));
  const loading = loggingIn || exchanging;

  const finish = async (payload: LoginResult, attempt: PendingLogin) => {
    if (payload.status === "SUCCESS" && payload.accessToken && payload.refreshToken) {
      storeTokens({ accessToken: payload.accessToken, refreshToken: payload.refreshToken });
      await refetch();
      navigate(from ?? "/", { replace: true });
      return;
    }
    setPending(attempt);
    if (payload.status === "TOTP_SETUP_REQUIRED" && payload.totpSetup) setTotpSetup(payload.totpSetup);
  };

  const submit = async (attempt: PendingLogin, totpCode?: string) => {
    setError(null);
    const code = totpCode === undefined ? {} : { totpCode };
    try {
      if (attempt.kind === "password") {
        const { data } = await login({ variables: { input: { ...attempt.credentials, ...code } } });
        if (data) await finish(data.login, attempt);
      } else {
        const { data } = await exchange({ variables: { ticket: attempt.ticket, ...code } });
        if (data) await finish(data.exchangeLoginTicket, attempt);
      }
    } catch (failure) {
      // A ticket allows one code guess; after a failure only a new round trip to the provider helps.
      if (attempt.kind === "ticket") {
        setPending(null);
        setTotpSetup(null);
      }
      setError(loginErrorMessage(failure));
    }
  };

  // The one-time ticket leaves the address bar (and so history and Referer) before it is used; the ref
  // keeps StrictMode's second effect run from spending it twice. Runs once, for the URL the page opened with.
  useEffect(() => {
    if (ticketTaken.current) return;
    ticketTaken.current = true;
    if (!ticket && !params.has("error")) return;
    const address = new URL(window.location.href);
    address.searchParams.delete("ticket");
    address.searchParams.delete("error");
    window.history.replaceState(window.history.state, "", address);
    const rest = new URLSearchParams(params);
    rest.delete("ticket");
    rest.delete("error");
    setParams(rest, { replace: true });
    if (ticket) void submit({ kind: "ticket", ticket });
  }, []);

  const oidc = methods?.loginMethods.oidc ? (methods.loginMethods.oidcName ?? "统一身份认证") : null;

  return (
    <Flex justify="center" align="center" style={{ minHeight: "100vh", background: "#f0f2f5" }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={1} style={{ fontSize: 22, textAlign: "center" }}>
          集约管理后台
        </Typography.Title>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} role="alert" />}
        {pending === null && exchanging ? (
          <Flex vertical align="center" gap={12} style={{ padding: "24px 0" }}>
            <Spin />
            <Typography.Text>正在通过统一身份认证登录…</Typography.Text>
          </Flex>
        ) : pending === null ? (
          <>
            <Form<Credentials>
              name="login"
              layout="vertical"
              onFinish={(credentials) => submit({ kind: "password", credentials })}
              requiredMark={false}
            >
              <Form.Item label="用户名" name="username" rules={[{ required: true, message: "请输入用户名" }]}>
                <Input autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={loggingIn}>
                登录
              </Button>
            </Form>
            {oidc && (
              <>
                <Divider plain>或</Divider>
                <Button block href={oidcLoginHref(from)}>
                  使用{oidc}登录
                </Button>
              </>
            )}
          </>
        ) : (
          <>
            {totpSetup && <TotpSetupHint setup={totpSetup} />}
            <Form<{ totpCode: string }>
              name="totp"
              layout="vertical"
              requiredMark={false}
              onFinish={({ totpCode }) => submit(pending, totpCode)}
            >
              <Form.Item
                label="动态口令"
                name="totpCode"
                extra="请输入身份验证器上显示的 6 位数字"
                rules={[{ required: true, pattern: /^\d{6}$/, message: "请输入 6 位数字动态口令" }]}
              >
                <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={loading}>
                验证并登录
              </Button>
              <Button
                type="link"
                block
                onClick={() => {
                  setPending(null);
                  setTotpSetup(null);
                  setError(null);
                }}
              >
                返回
              </Button>
            </Form>
          </>
        )}
      </Card>
    </Flex>
  );
}
