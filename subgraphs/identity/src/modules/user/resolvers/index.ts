import { createUser } from "./Mutation/createUser";
import { resetPassword } from "./Mutation/resetPassword";
import { unlockUser } from "./Mutation/unlockUser";
import { updateUser } from "./Mutation/updateUser";
import { user } from "./Query/user";
import { users } from "./Query/users";
import { User } from "./User";

export const userResolvers = {
  Query: { users, user },
  Mutation: { createUser, updateUser, resetPassword, unlockUser },
  User,
  UserStatus: { ACTIVE: "active", DISABLED: "disabled" },
};
