// 最短征集期: the platform's minimum (city-wide managers) or a unit's longer one (the unit's managers).
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, InputNumber, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useMe } from "#app/me";
import { useUnitNames } from "../../letters/hooks/useUnitNames";
import { SetSolicitationMinOpenDaysDocument } from "../graphql/setSolicitationMinOpenDays";
import { SolicitationSettingsDocument } from "../graphql/solicitationSettings";

const PLATFORM = "platform";

export function MinOpenDaysSetting() {
  const { message } = App.useApp();
  const { access } = useMe();
  const { options } = useUnitNames();
  const cityWide = access.canCityWide("solicitation.manage");
  const units = options.filter((option) => access.unitIds("solicitation.manage").includes(option.value));
  const scopes = [...(cityWide ? [{ value: PLATFORM, label: "全平台" }] : []), ...units];
  const [scope, setScope] = useState<string | undefined>(undefined);
  const chosen = scope ?? scopes[0]?.value;
  const unitId = chosen && chosen !== PLATFORM ? chosen : null;
  const { data } = useQuery(SolicitationSettingsDocument, { variables: { unitId }, skip: !chosen });
  const settings = data?.solicitationSettings;
  const [days, setDays] = useState<number | null>(null);
  const [save, saving] = useMutation(SetSolicitationMinOpenDaysDocument, {
    refetchQueries: [{ query: SolicitationSettingsDocument, variables: { unitId } }],
  });
  if (!chosen) return null;
  const current = unitId ? (settings?.unitMinOpenDays ?? null) : (settings?.platformMinOpenDays ?? null);

  const submit = async () => {
    if (days === null) return;
    try {
      await save({ variables: { unitId, days } });
    } catch {
      return;
    }
    message.success(`最短征集期已设为 ${days} 天`);
    setDays(null);
  };

  return (
    <Space wrap style={{ marginBottom: 16 }} aria-label="最短征集期设置">
      <Typography.Text strong>最短征集期</Typography.Text>
      <Select
        aria-label="设置范围"
        value={chosen}
        style={{ minWidth: 180 }}
        options={scopes}
        onChange={(value) => {
          setScope(value);
          setDays(null);
        }}
      />
      <InputNumber
        aria-label="最短征集期（天）"
        min={1}
        max={365}
        precision={0}
        value={days ?? current}
        placeholder={settings ? String(settings.minOpenDays) : undefined}
        suffix="天"
        onChange={(value) => setDays(typeof value === "number" ? value : null)}
      />
      <Button loading={saving.loading} disabled={days === null} onClick={() => void submit()}>
        保存设置
      </Button>
      {settings && (
        <Typography.Text type="secondary">
          平台规定 {settings.platformMinOpenDays} 天
          {unitId ? `，本单位实际适用 ${settings.minOpenDays} 天（单位只能设得更长）` : ""}
        </Typography.Text>
      )}
    </Space>
  );
}
