import { Channel } from "./Channel";
import { createChannel } from "./Mutation/createChannel";
import { deleteChannel } from "./Mutation/deleteChannel";
import { updateChannel } from "./Mutation/updateChannel";
import { channel } from "./Query/channel";
import { Site } from "./Site";

export const channelResolvers = {
  Query: { channel },
  Mutation: { createChannel, updateChannel, deleteChannel },
  Channel,
  Site,
  ChannelKind: { LIST: "list", PAGE: "page", LINK: "link" },
  UpdateClass: { DYNAMIC: "dynamic", NOTICE: "notice", OTHER: "other" },
};
