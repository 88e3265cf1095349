// 平台设置: the city-wide grey mode (national mourning) — one switch for every site, with a confirmation.
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Card, Modal, Switch, Typography } from "antd";
import { PlatformSettingsDocument } from "../../graphql/platformSettings";
import { SetGreyModeDocument } from "../../graphql/setGreyMode";

export function PlatformSettingsPage() {
  const { data, loading } = useQuery(PlatformSettingsDocument, { fetchPolicy: "network-only" });
  const [setGreyMode, setting] = useMutation(SetGreyModeDocument, {
    refetchQueries: [PlatformSettingsDocument],
  });
  const greyMode = data?.platformSettings.greyMode ?? false;

  const confirm = (enabled: boolean) => {
    Modal.confirm({
      title: enabled ? "开启全站灰色模式？" : "关闭全站灰色模式？",
      content: enabled
        ? "开启后，平台上所有站点的所有页面将立即以灰色显示（用于国家公祭日、全国哀悼日等）。"
        : "关闭后，所有站点恢复正常颜色。",
      okText: enabled ? "开启" : "关闭",
      cancelText: "取消",
      onOk: () => setGreyMode({ variables: { enabled } }),
    });
  };

  return (
    <section>
      <Typography.Title level={2}>平台设置</Typography.Title>
      <Card title="全站灰色模式" loading={loading}>
        {greyMode ? <Alert type="warning" showIcon title="全站灰色模式已开启" /> : null}
        <Typography.Paragraph>
          用于国家公祭日、全国哀悼日：所有站点的门户页面以灰色显示。开关对全平台生效。
        </Typography.Paragraph>
        <Switch
          checked={greyMode}
          loading={setting.loading}
          checkedChildren="已开启"
          unCheckedChildren="已关闭"
          aria-label="全站灰色模式"
          onChange={(checked) => confirm(checked)}
        />
        {data?.platformSettings.greyModeChangedAt ? (
          <Typography.Paragraph type="secondary">
            最近切换：{new Date(data.platformSettings.greyModeChangedAt).toLocaleString("zh-CN")}
          </Typography.Paragraph>
        ) : null}
      </Card>
    </section>
  );
}
