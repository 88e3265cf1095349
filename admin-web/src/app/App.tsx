import { ApolloProvider } from "@apollo/client/react";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { useEffect, useState } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { LoginPage } from "../features/auth/pages/LoginPage";
import { AdminLayout, RouteGuard } from "./AdminLayout";
import { createApolloClient } from "./apollo";
import { MeProvider } from "./MeProvider";
import { NotFoundPage } from "./NotFoundPage";
import { APP_ROUTES } from "./routes";

dayjs.locale("zh-cn");

let notifyError: (text: string) => void = (text) => console.error(text);

/** Lets the error link (created outside React) use antd's contextual message API. */
function NotifyBridge() {
  const { message } = AntApp.useApp();
  useEffect(() => {
    notifyError = (text) => void message.error(text);
  }, [message]);
  return null;
}

const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  {
    element: <AdminLayout />,
    children: [
      ...APP_ROUTES.map((route) => ({ path: route.path, element: <RouteGuard route={route} /> })),
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  const [client] = useState(() => createApolloClient({ notify: (text) => notifyError(text) }));
  return (
    <ConfigProvider locale={zhCN}>
      <AntApp component="main">
        <NotifyBridge />
        <ApolloProvider client={client}>
          <MeProvider>
            <RouterProvider router={router} />
          </MeProvider>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
