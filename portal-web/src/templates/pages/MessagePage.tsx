// A short platform-level message for a form that could not be taken (expired token, too large, unreadable).
import { PlatformLayout } from "../layouts/PlatformLayout";
import type { Theme } from "../themes";

export function MessagePage(props: {
  theme: Theme;
  stylesheet: string;
  title: string;
  message: string;
  /** Where the visitor goes on from here (the form to try again), besides the platform's home. */
  back?: { href: string; label: string };
}) {
  return (
    <PlatformLayout title={props.title} theme={props.theme} stylesheet={props.stylesheet}>
      <div className="notice">
        <h1>{props.title}</h1>
        <p>{props.message}</p>
        <p className="actions">
          {props.back ? (
            <a className="button" href={props.back.href}>
              {props.back.label}
            </a>
          ) : null}
          <a className={props.back ? "button secondary" : "button"} href="/">
            返回平台首页
          </a>
        </p>
      </div>
    </PlatformLayout>
  );
}
