// Every page sets the document title, so tabs, history and screen readers say where the user is.
import { useEffect } from "react";

export const APP_NAME = "集约管理后台";

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} - ${APP_NAME}`;
  }, [title]);
}
