import { CombinedGraphQLErrors } from "@apollo/client";
import { useLazyQuery, useMutation } from "@apollo/client/react";
import { App, Button, Modal, Popconfirm, Space, Typography } from "antd";
import { useState } from "react";
import { RotateDistributionSecretDocument } from "../graphql/rotateSecret";
import { TargetSecretDocument } from "../graphql/targetSecret";

/** Reveal, copy and rotate the signing key of one target; the key is fetched only on demand. */
export function SecretModal(props: { target: { id: string; name: string } | null; onClose(): void }) {
  const { message } = App.useApp();
  const [secret, setSecret] = useState<string | null>(null);
  const [load, { loading }] = useLazyQuery(TargetSecretDocument, { fetchPolicy: "no-cache" });
  const [rotate, rotating] = useMutation(RotateDistributionSecretDocument, {
    context: { silentErrors: true },
  });
  const close = () => {
    setSecret(null);
    props.onClose();
  };
  const reveal = async () => {
    if (!props.target) return;
    const result = await load({ variables: { id: props.target.id } });
    setSecret(result.data?.distributionTarget?.secret ?? null);
  };
  const rotateNow = async () => {
    if (!props.target) return;
    try {
      const result = await rotate({ variables: { id: props.target.id } });
      setSecret(result.data?.rotateDistributionSecret.secret ?? null);
      message.success("已更换密钥，旧密钥立即失效");
    } catch (error) {
      const text = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      message.error(text || "更换密钥失败");
    }
  };
  return (
    <Modal
      title={`签名密钥：${props.target?.name ?? ""}`}
      open={props.target !== null}
      footer={null}
      onCancel={close}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary">
          每次推送带有 X-Jiyue-Timestamp 与 X-Jiyue-Signature（sha256=HMAC-SHA256(密钥, "时间戳.请求体")
          的十六进制）。请把密钥配置到接收方，用于校验推送来源。
        </Typography.Paragraph>
        {secret ? (
          <Typography.Text code copyable={{ text: secret, tooltips: ["复制", "已复制"] }}>
            {secret}
          </Typography.Text>
        ) : (
          <Button onClick={reveal} loading={loading}>
            显示密钥
          </Button>
        )}
        <Popconfirm
          title="更换签名密钥？"
          description="旧密钥立即失效，接收方需同步更新。"
          okText="更换"
          cancelText="取消"
          onConfirm={rotateNow}
        >
          <Button danger loading={rotating.loading}>
            更换密钥
          </Button>
        </Popconfirm>
      </Space>
    </Modal>
  );
}
