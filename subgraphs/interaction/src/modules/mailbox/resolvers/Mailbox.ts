import { notFound } from "@jiyue/server-kit";
import type { MailboxResolvers } from "../../../generated/resolvers-types";

export const Mailbox: MailboxResolvers = {
  __resolveReference: async (reference, { services }) => {
    const row = await services.mailbox.byId(reference.id);
    if (!row) throw notFound("信箱", reference.id);
    return row;
  },
  site: (row) => (row.siteId ? { __typename: "Site", id: row.siteId } : null),
};
