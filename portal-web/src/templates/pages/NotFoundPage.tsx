// 404: inside the site's layout when the site is known, else inside the platform layout.
import { StatusNotice, StatusPage, type StatusShellProps } from "../components/StatusPage";

export function NotFoundPage(props: StatusShellProps) {
  return (
    <StatusPage
      {...props}
      title="页面不存在"
      notice={(home) => (
        <StatusNotice
          code={404}
          heading="您访问的页面不存在"
          text="页面可能已被删除、更名，或网站暂未开通。请检查网址是否正确。"
        >
          <a className="button" href={home}>
            返回首页
          </a>
          {/* The platform's navigation too, unless home already is "/". */}
          {home === "/" ? null : (
            <a className="button secondary" href="/">
              党群网站导航
            </a>
          )}
        </StatusNotice>
      )}
    />
  );
}
