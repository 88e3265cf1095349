import { auditLog } from "./Query/auditLog";

export const auditResolvers = {
  Query: { auditLog },
};
