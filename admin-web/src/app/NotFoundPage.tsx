import { Result } from "antd";
import { Link } from "react-router";
import { usePageTitle } from "./pageTitle";

/** Any unknown admin address: inside the layout, so the menu stays, with a way back. */
export function NotFoundPage() {
  usePageTitle("页面不存在");
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在或已被移除。"
      extra={<Link to="/">返回工作台</Link>}
    />
  );
}
