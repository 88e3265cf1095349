// Pages the server itself renders: the 400s, 404s and the static 503 page.
import type { SiteShellFragment } from "../gql/graphql";
import { BadRequestPage } from "../templates/pages/BadRequestPage";
import { GonePage } from "../templates/pages/GonePage";
import { MessagePage } from "../templates/pages/MessagePage";
import { NotFoundPage } from "../templates/pages/NotFoundPage";
import { UnavailablePage } from "../templates/pages/UnavailablePage";
import type { Theme } from "../templates/themes";
import { renderDocument } from "./html";

export function renderUnavailablePage(theme: Theme, stylesheet: string): string {
  return renderDocument(<UnavailablePage theme={theme} stylesheet={stylesheet} />);
}

export function renderNotFoundPage(options: {
  site?: SiteShellFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
}): string {
  return renderDocument(<NotFoundPage {...options} />);
}

export function renderBadRequestPage(options: {
  site?: SiteShellFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
}): string {
  return renderDocument(<BadRequestPage {...options} />);
}

export function renderGonePage(options: {
  site: SiteShellFragment;
  basePath: string;
  theme: Theme;
  stylesheet: string;
}): string {
  return renderDocument(<GonePage {...options} />);
}

export function renderMessagePage(
  theme: Theme,
  stylesheet: string,
  title: string,
  message: string,
  back?: { href: string; label: string },
): string {
  return renderDocument(
    <MessagePage theme={theme} stylesheet={stylesheet} title={title} message={message} back={back} />,
  );
}
