import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, Flex, Form, Image, Input, Typography } from "antd";
import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { storeTokens } from "#app/session";
import type { LoginMutation } from "#gql/graphql";
import { LoginDocument } from "../../graphql/login";

type TotpSetup = NonNullable<LoginMutation["login"]["totpSetup"]>;

interface Credentials {
  username: string;
  password: string;
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
  const [params] = useSearchParams();
  const { refetch } = useMe();
  const [login, { loading }] = useMutation(LoginDocument, { context: { silentErrors: true } });
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const [totpSetup, setTotpSetup] = useState<TotpSetup | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (input: Credentials & { totpCode?: string }) => {
    setError(null);
    try {
      const { data } = await login({ variables: { input } });
      const payload = data?.login;
      if (!payload) return;
      if (payload.status === "SUCCESS" && payload.accessToken && payload.refreshToken) {
        storeTokens({ accessToken: payload.accessToken, refreshToken: payload.refreshToken });
        await refetch();
        const from = params.get("from");
        navigate(from?.startsWith("/") && !from.startsWith("//") ? from : "/", { replace: true });
        return;
      }
      setCredentials({ username: input.username, password: input.password });
      if (payload.status === "TOTP_SETUP_REQUIRED" && payload.totpSetup) setTotpSetup(payload.totpSetup);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: "100vh", background: "#f0f2f5" }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={1} style={{ fontSize: 22, textAlign: "center" }}>
          集约管理后台
        </Typography.Title>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} role="alert" />}
        {credentials === null ? (
          <Form<Credentials>
            name="login"
            layout="vertical"
            onFinish={(values) => submit(values)}
            requiredMark={false}
          >
            <Form.Item label="用户名" name="username" rules={[{ required: true, message: "请输入用户名" }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading}>
              登录
            </Button>
          </Form>
        ) : (
          <>
            {totpSetup && <TotpSetupHint setup={totpSetup} />}
            <Form<{ totpCode: string }>
              name="totp"
              layout="vertical"
              requiredMark={false}
              onFinish={({ totpCode }) => submit({ ...credentials, totpCode })}
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
                  setCredentials(null);
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
