// The pages of an HTTP status the server answers itself (400, 404, 410): a notice with the code, a heading,
// a sentence and the links on, inside the site's layout when the site is known, else inside the platform layout.
import type { ReactNode } from "react";
import type { SiteShellFragment } from "../../gql/graphql";
import { PlatformLayout } from "../layouts/PlatformLayout";
import { SiteLayout } from "../layouts/SiteLayout";
import type { Theme } from "../themes";

export function StatusNotice(props: { code: number; heading: string; text: string; children: ReactNode }) {
  return (
    <div className="notice">
      <p className="code" aria-hidden="true">
        {props.code}
      </p>
      <h1>{props.heading}</h1>
      <p>{props.text}</p>
      <p className="actions">{props.children}</p>
    </div>
  );
}

/** What a status page is given: the site when it is known, and how pages are styled. */
export interface StatusShellProps {
  site?: SiteShellFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
}

export function StatusPage(
  props: StatusShellProps & {
    title: string;
    head?: ReactNode;
    /** The notice, given the home to go back to: the site's when the site is known, else "/". */
    notice: (home: string) => ReactNode;
  },
) {
  if (props.site) {
    return (
      <SiteLayout
        site={props.site}
        basePath={props.basePath}
        theme={props.theme}
        stylesheet={props.stylesheet}
        title={props.title}
        currentChannelId={null}
        head={props.head}
      >
        {props.notice(`${props.basePath}/`)}
      </SiteLayout>
    );
  }
  return (
    <PlatformLayout title={props.title} theme={props.theme} stylesheet={props.stylesheet}>
      {props.notice("/")}
    </PlatformLayout>
  );
}
