// 新来信提醒: the header bell of staff with a letter duty. The server decides who receives a mailbox's new
// letters (the users it names and the holders of its recipient role in its unit) and counts only letters the
// caller may read; the bell polls every minute, so a letter accepted by a colleague drops out by itself.
import { BellOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Badge, Button, Empty, Flex, Popover, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { type Access, canAccess } from "#app/access";
import { useMe } from "#app/me";
import { formatShanghaiMinute } from "#app/time";
import type { MyNewLettersQuery } from "#gql/graphql";
import { MyNewLettersDocument } from "../graphql/myNewLetters";

/** How many new letters the popover lists; the badge counts them all. */
const SHOWN = 10;

const LIST_STYLE = { listStyle: "none", margin: 0, padding: 0, width: 320 } as const;
const ITEM_STYLE = { padding: "6px 0" } as const;

/** Anyone with a letter duty may be a mailbox's recipient (the server has the final word). */
export function receivesLetters(access: Access): boolean {
  return canAccess(
    {
      anyOf: [
        { permission: "letter.dispatch" },
        { permission: "letter.handle" },
        { permission: "letter.reply_review" },
        { permission: "letter.supervise" },
      ],
    },
    access,
  );
}

export function NewLettersBell() {
  const { me, access } = useMe();
  const enabled = me !== null && receivesLetters(access);
  const [open, setOpen] = useState(false);
  const { data } = useQuery(MyNewLettersDocument, {
    variables: { limit: SHOWN },
    skip: !enabled,
    pollInterval: 60_000,
    context: { silentErrors: true },
  });
  if (!enabled) return null;
  const total = data?.myNewLetters.total ?? 0;

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={total ? `新来信（${total} 封待受理）` : "新来信"}
      content={
        <NewLettersList
          letters={data?.myNewLetters.letters ?? []}
          total={total}
          close={() => setOpen(false)}
        />
      }
    >
      <Badge count={total} size="small" overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={total ? `新来信提醒，${total} 封待受理` : "新来信提醒"}
        />
      </Badge>
    </Popover>
  );
}

function NewLettersList(props: {
  letters: MyNewLettersQuery["myNewLetters"]["letters"];
  total: number;
  close(): void;
}) {
  const { letters, total, close } = props;
  return (
    <Flex vertical gap={8}>
      {letters.length ? (
        <ul style={LIST_STYLE} aria-label="新来信">
          {letters.map((letter) => (
            <li key={letter.id} style={ITEM_STYLE}>
              <Link to={`/letters/${letter.id}`} onClick={close}>
                {letter.title}
              </Link>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {letter.mailbox.name} · {formatShanghaiMinute(letter.createdAt)}
              </Typography.Text>
            </li>
          ))}
        </ul>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待受理的新来信" />
      )}
      {total > letters.length && (
        <Typography.Text type="secondary">另有 {total - letters.length} 封未列出</Typography.Text>
      )}
      <Link to="/letters" onClick={close}>
        查看全部
      </Link>
    </Flex>
  );
}
