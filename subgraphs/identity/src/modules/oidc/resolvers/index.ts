import { exchangeLoginTicket } from "./Mutation/exchangeLoginTicket";
import { loginMethods } from "./Query/loginMethods";

export const oidcResolvers = {
  Query: { loginMethods },
  Mutation: { exchangeLoginTicket },
};
