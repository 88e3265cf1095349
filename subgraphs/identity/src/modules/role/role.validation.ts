import { z } from "zod";

export const assignRoleInput = z.object({
  userId: z.uuid("用户标识不正确"),
  roleCode: z.string().trim().min(1, "角色不能为空"),
  unitId: z.uuid("单位标识不正确").nullish(),
  siteId: z.uuid("站点标识不正确").nullish(),
});
