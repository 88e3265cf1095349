import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { Badge, Button, Flex, Layout, Menu, Result, Space, Spin, Typography } from "antd";
import { Navigate, Outlet, useLocation, useNavigate } from "react-router";
import { LogoutDocument } from "../features/auth/graphql/logout";
import { NewLettersBell } from "../features/letters/components/NewLettersBell";
import { useReviewTaskCount } from "../features/tasks/hooks/useReviewTaskCount";
import { canAccess } from "./access";
import { useMe } from "./me";
import { type AppRoute, menuKeyOf, menuRoutes } from "./routes";
import { ScopeSwitcher } from "./ScopeSwitcher";
import { clearSession, getRefreshToken, hasSession } from "./session";

/** Side menu filtered by access, header with the site switcher, the user's name and logout. */
export function AdminLayout() {
  const { me, access, loading, refetch } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logout] = useMutation(LogoutDocument, { context: { silentErrors: true } });
  const taskCount = useReviewTaskCount(hasSession() && me !== null && access.can("article.review"));

  if (!hasSession()) {
    return <Navigate to={`/login?from=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  if (loading && !me) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: "100vh" }}>
        <Spin size="large" description="加载中" />
      </Flex>
    );
  }

  const signOut = async () => {
    const refreshToken = getRefreshToken();
    if (refreshToken) await logout({ variables: { refreshToken } }).catch(() => undefined);
    clearSession();
    await client.clearStore();
    await refetch();
    navigate("/login", { replace: true });
  };

  const items = menuRoutes(access).map((route) => ({
    key: route.path,
    icon: route.icon,
    label:
      route.path === "/tasks" && taskCount > 0 ? (
        <Space size={8}>
          {route.title}
          <Badge count={taskCount} size="small" aria-label={`${taskCount} 篇待审`} />
        </Space>
      ) : (
        route.title
      ),
  }));

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light">
        <Typography.Text strong style={{ display: "block", padding: "20px 24px", fontSize: 16 }}>
          集约管理后台
        </Typography.Text>
        <nav aria-label="主菜单">
          <Menu
            mode="inline"
            selectedKeys={[menuKeyOf(location.pathname)]}
            items={items}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: "#fff", paddingInline: 24 }}>
          <Flex justify="space-between" align="center" style={{ height: "100%" }}>
            <ScopeSwitcher />
            <Space>
              <NewLettersBell />
              <UserOutlined aria-hidden />
              <span>{me?.displayName}</span>
              <Button icon={<LogoutOutlined />} onClick={signOut}>
                退出
              </Button>
            </Space>
          </Flex>
        </Layout.Header>
        <div style={{ margin: 24 }}>
          <Outlet />
        </div>
      </Layout>
    </Layout>
  );
}

/** Refuses a route the caller has no permission for, even when typed into the address bar. */
export function RouteGuard({ route }: { route: AppRoute }) {
  const { access } = useMe();
  if (!canAccess(route, access))
    return <Result status="403" title="没有权限" subTitle="您没有访问此页面的权限。" />;
  return <route.Component />;
}
