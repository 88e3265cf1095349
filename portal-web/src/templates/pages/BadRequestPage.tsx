// 400: the address asks for something impossible (a page number out of range, an unreadable character in a
// query). Inside the site's layout when the site is known, else inside the platform layout.
import { StatusNotice, StatusPage, type StatusShellProps } from "../components/StatusPage";

export function BadRequestPage(props: StatusShellProps) {
  return (
    <StatusPage
      {...props}
      title="无法处理该请求"
      notice={(home) => (
        <StatusNotice
          code={400}
          heading="无法处理该请求"
          text="网址中的参数有误，例如页码超出范围或搜索词含有无法识别的字符。请检查后重试。"
        >
          <a className="button" href={home}>
            返回首页
          </a>
        </StatusNotice>
      )}
    />
  );
}
