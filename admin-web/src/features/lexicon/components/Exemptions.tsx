import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Input, Modal, Popconfirm, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { formatShanghaiMinute } from "#app/time";
import type { LexiconEntryFieldsFragment } from "#gql/graphql";
import { ExemptLexiconEntryDocument } from "../graphql/exemptLexiconEntry";
import { LexiconExemptionsDocument } from "../graphql/lexiconExemptions";
import { RemoveLexiconExemptionDocument } from "../graphql/removeLexiconExemption";
import { serverMessage } from "./LexiconEntryFormModal";
import { CANNOT_EXEMPT_BLOCK, KIND_LABELS, LEVEL_LABELS } from "./labels";

/** The unit's exemptions from city entries, with their reasons; removable by the unit's lexicon managers. */
export function ExemptionsTable(props: { unitId: string; canManage: boolean; onChanged(): void }) {
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(LexiconExemptionsDocument, {
    variables: { unitId: props.unitId },
    fetchPolicy: "cache-and-network",
  });
  const [remove] = useMutation(RemoveLexiconExemptionDocument);
  const rows = data?.lexiconExemptions ?? [];
  return (
    <Table
      size="small"
      rowKey={(row) => row.entry.id}
      aria-label="本单位豁免"
      loading={loading && !data}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: "本单位没有豁免市级词条" }}
      columns={[
        { title: "词语", key: "term", render: (_, row) => row.entry.term },
        { title: "类型", key: "kind", width: 110, render: (_, row) => KIND_LABELS[row.entry.kind] },
        {
          title: "级别",
          key: "level",
          width: 80,
          render: (_, row) => (
            <Tag color={LEVEL_LABELS[row.entry.level].color}>{LEVEL_LABELS[row.entry.level].label}</Tag>
          ),
        },
        { title: "豁免理由", dataIndex: "reason" },
        { title: "时间", key: "at", width: 150, render: (_, row) => formatShanghaiMinute(row.createdAt) },
        ...(props.canManage
          ? [
              {
                title: "操作",
                key: "actions",
                width: 90,
                render: (_: unknown, row: (typeof rows)[number]) => (
                  <Popconfirm
                    title={`恢复“${row.entry.term}”对本单位生效？`}
                    okText="恢复"
                    cancelText="取消"
                    onConfirm={async () => {
                      await remove({ variables: { unitId: props.unitId, entryId: row.entry.id } });
                      message.success("已取消豁免");
                      await refetch();
                      props.onChanged();
                    }}
                  >
                    <Button size="small" type="link">
                      取消豁免
                    </Button>
                  </Popconfirm>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * Exempts one city entry for the unit, with a reason. A city block-level entry cannot be exempted: the dialog
 * says so at once instead of offering a request the server refuses.
 */
export function ExemptEntryModal(props: {
  entry: LexiconEntryFieldsFragment | null;
  unitId: string;
  unitName?: string;
  onClose(saved: boolean): void;
}) {
  const { message } = App.useApp();
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [exempt, exempting] = useMutation(ExemptLexiconEntryDocument, { context: { silentErrors: true } });
  const entry = props.entry;
  const isBlock = entry?.level === "BLOCK";
  const close = (saved: boolean) => {
    setReason("");
    setFailure(null);
    props.onClose(saved);
  };
  const save = async () => {
    if (!entry || reason.trim().length < 2) return;
    try {
      await exempt({
        variables: { input: { unitId: props.unitId, entryId: entry.id, reason: reason.trim() } },
      });
      message.success(`“${entry.term}”已对本单位豁免`);
      close(true);
    } catch (error) {
      setFailure(serverMessage(error));
    }
  };
  return (
    <Modal
      open={entry !== null}
      title={entry ? `豁免“${entry.term}”` : ""}
      okText="确认豁免"
      cancelText="取消"
      confirmLoading={exempting.loading}
      okButtonProps={{ disabled: isBlock || reason.trim().length < 2 }}
      onOk={() => void save()}
      onCancel={() => close(false)}
    >
      {isBlock ? (
        <Alert type="warning" showIcon title="不能豁免" description={CANNOT_EXEMPT_BLOCK} />
      ) : (
        <>
          <Typography.Paragraph>
            豁免后，该市级词条对{props.unitName ?? "本单位"}的站点不再生效。豁免记入审计。
          </Typography.Paragraph>
          <Input.TextArea
            aria-label="豁免理由"
            rows={3}
            maxLength={500}
            value={reason}
            placeholder="豁免理由（必填）"
            onChange={(event) => setReason(event.target.value)}
          />
        </>
      )}
      {failure && <Alert type="error" showIcon title={failure} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
