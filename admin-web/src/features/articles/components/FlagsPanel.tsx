import { useMutation } from "@apollo/client/react";
import { App, DatePicker, Flex, Switch } from "antd";
import dayjs from "dayjs";
import { formatShanghaiMinute, shanghaiWallClock } from "#app/time";
import type { ArticleDetailFragment, ArticleFlagsInput } from "#gql/graphql";
import { SetArticleFlagsDocument } from "../graphql/setArticleFlags";

/** 置顶 (with an expiry), 头条, 轮播: each change is saved at once. */
export function FlagsPanel({ article, editable }: { article: ArticleDetailFragment; editable: boolean }) {
  const { message } = App.useApp();
  const [setFlags, { loading }] = useMutation(SetArticleFlagsDocument);
  const save = (input: ArticleFlagsInput) =>
    setFlags({ variables: { id: article.id, input } }).then(
      () => message.success("已保存"),
      () => undefined,
    );
  const disabled = !editable || loading;

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={8} wrap>
        <Switch
          aria-label="置顶"
          checked={article.pinned}
          disabled={disabled}
          onChange={(pinned) => save({ pinned, pinnedUntil: pinned ? article.pinnedUntil : null })}
        />
        置顶
        {article.pinned && (
          <DatePicker
            aria-label="置顶截止"
            placeholder="置顶截止（不填为长期）"
            showTime={{ format: "HH:mm" }}
            format="YYYY-MM-DD HH:mm"
            disabled={disabled}
            value={article.pinnedUntil ? dayjs(formatShanghaiMinute(article.pinnedUntil)) : null}
            onChange={(value) =>
              save({
                pinned: true,
                pinnedUntil: value
                  ? shanghaiWallClock(value.format("YYYY-MM-DDTHH:mm:00")).toISOString()
                  : null,
              })
            }
          />
        )}
      </Flex>
      <Flex align="center" gap={8}>
        <Switch
          aria-label="头条"
          checked={article.headline}
          disabled={disabled}
          onChange={(headline) => save({ headline })}
        />
        头条
      </Flex>
      <Flex align="center" gap={8}>
        <Switch
          aria-label="轮播"
          checked={article.carousel}
          disabled={disabled}
          onChange={(carousel) => save({ carousel })}
        />
        轮播
      </Flex>
    </Flex>
  );
}
