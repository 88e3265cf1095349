// After-publication listeners: capabilities that follow what goes live (信息报送 copies, new-media deliveries,
// the third-party change feed) plug in here and run inside the publishing transaction, so a publication and
// everything it causes commit or roll back together.
import type { Caller, EventActor } from "@jiyue/server-kit";
import type { Executor } from "../article/article.repository";
import type { ArticleRow, RevisionRow } from "../article/article.sql";

export type PublicationChangeKind = "published" | "updated" | "withdrawn";

export interface PublicationChange {
  kind: PublicationChangeKind;
  /** The article after the change. */
  article: ArticleRow;
  /** published/updated: the revision now live; withdrawn: the revision that was live. */
  revision: RevisionRow;
  /** Takedown reason (withdrawn only). */
  reason: string | null;
  caller: Caller;
  eventActor: EventActor;
  at: Date;
}

export type PublicationListener = (tx: Executor, change: PublicationChange) => Promise<void>;

const listeners = new Set<PublicationListener>();

/** Registers a listener for every publication change; returns a function that removes it. */
export function registerPublicationListener(listener: PublicationListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Runs every listener in registration order inside the caller's transaction; a throw rolls it all back. */
export async function notifyPublicationListeners(tx: Executor, change: PublicationChange): Promise<void> {
  for (const listener of listeners) await listener(tx, change);
}
