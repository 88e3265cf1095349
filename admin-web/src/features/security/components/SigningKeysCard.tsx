import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Card, Popconfirm, Table, Tag, Typography } from "antd";
import { formatShanghai } from "#app/time";
import { RotateSigningKeyDocument, SigningKeysDocument } from "../graphql/signingKeys";

/** The published token-signing keys and the rotation action (security admin only). */
export function SigningKeysCard() {
  const { message } = App.useApp();
  const { data, loading } = useQuery(SigningKeysDocument);
  const [rotate, rotation] = useMutation(RotateSigningKeyDocument, {
    update(cache, { data: rotated }) {
      if (rotated)
        cache.writeQuery({ query: SigningKeysDocument, data: { signingKeys: rotated.rotateSigningKey } });
    },
  });

  const onRotate = async () => {
    const result = await rotate().catch(() => undefined);
    if (result?.data) void message.success("已轮换签名密钥，新登录将使用新密钥");
  };

  return (
    <Card
      title="令牌签名密钥"
      style={{ marginTop: 16 }}
      extra={
        <Popconfirm
          title="轮换签名密钥？"
          description="新密钥立即用于签发令牌；已登录的用户不受影响，旧密钥在其令牌过期后自动停用。"
          okText="轮换"
          cancelText="取消"
          onConfirm={onRotate}
        >
          <Button loading={rotation.loading}>轮换密钥</Button>
        </Popconfirm>
      }
    >
      <Table
        rowKey="kid"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.signingKeys ?? []}
        columns={[
          {
            title: "密钥标识",
            dataIndex: "kid",
            render: (kid: string) => <Typography.Text code>{kid}</Typography.Text>,
          },
          { title: "生成时间", dataIndex: "createdAt", render: (at: string) => formatShanghai(at) },
          {
            title: "状态",
            dataIndex: "current",
            render: (current: boolean) =>
              current ? <Tag color="green">当前签发</Tag> : <Tag>已轮换，待令牌过期</Tag>,
          },
        ]}
      />
    </Card>
  );
}
