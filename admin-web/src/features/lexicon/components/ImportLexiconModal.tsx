import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Flex, Modal, Select, Space, Table, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import type { ImportLexiconMutation, LexiconFileFormat, LexiconScope } from "#gql/graphql";
import { ImportLexiconDocument } from "../graphql/importLexicon";
import { serverMessage } from "./LexiconEntryFormModal";
import { FIELD_LABELS, IMPORT_ACTION_LABELS, KIND_LABELS } from "./labels";

type Result = ImportLexiconMutation["importLexicon"];
const MAX_BYTES = 5 * 1024 * 1024;

/** The file's bytes as base64 (what importLexicon takes). */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let offset = 0; offset < bytes.length; offset += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  return btoa(binary);
}

export function formatOf(name: string): LexiconFileFormat | null {
  if (/\.csv$/i.test(name)) return "CSV";
  if (/\.xlsx$/i.test(name)) return "XLSX";
  return null;
}

/**
 * Import in two steps: 预览 runs a dry run and shows every row as 新增 / 更新 / 不变 / 拒绝 (with reasons);
 * 确认导入 then applies the same file. Rejected rows never stop the others.
 */
export function ImportLexiconModal(props: {
  open: boolean;
  scopes: LexiconScope[];
  unitId: string | null;
  unitName?: string;
  onClose(imported: boolean): void;
}) {
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; format: LexiconFileFormat; content: string } | null>(null);
  const [scope, setScope] = useState<LexiconScope>(props.scopes[0] ?? "CITY");
  const [preview, setPreview] = useState<Result | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [importLexicon, importing] = useMutation(ImportLexiconDocument, { context: { silentErrors: true } });

  const reset = () => {
    setFile(null);
    setPreview(null);
    setFailure(null);
  };
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setFailure(null);
    try {
      const result = await importLexicon({
        variables: {
          input: {
            format: file.format,
            content: file.content,
            scope,
            unitId: scope === "UNIT" ? props.unitId : null,
            dryRun,
          },
        },
      });
      const data = result.data?.importLexicon;
      if (!data) return;
      if (dryRun) {
        setPreview(data);
        return;
      }
      message.success(`已导入：新增 ${data.added} 条，更新 ${data.updated} 条；词库版本 ${data.version}`);
      reset();
      props.onClose(true);
    } catch (error) {
      setFailure(serverMessage(error));
    }
  };

  const applicable = preview ? preview.added + preview.updated : 0;
  return (
    <Modal
      title="导入词库"
      open={props.open}
      width={860}
      destroyOnHidden
      onCancel={() => {
        reset();
        props.onClose(false);
      }}
      footer={
        <Space>
          <Button
            onClick={() => {
              reset();
              props.onClose(false);
            }}
          >
            取消
          </Button>
          <Button disabled={!file} loading={importing.loading && !preview} onClick={() => void run(true)}>
            预览
          </Button>
          <Button
            type="primary"
            disabled={!preview || applicable === 0}
            loading={importing.loading && preview !== null}
            onClick={() => void run(false)}
          >
            确认导入
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        CSV 或 Excel（xlsx）文件，表头：词语、类型、级别、建议用语、说明、来源、启用、职务、规则类别。
        先预览：每一行将新增、更新或被拒绝（附原因），确认后才写入。
      </Typography.Paragraph>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        {props.scopes.length > 1 && (
          <Select
            aria-label="导入到"
            value={scope}
            style={{ width: 220 }}
            onChange={(value) => {
              setScope(value);
              setPreview(null);
            }}
            options={props.scopes.map((value) => ({
              value,
              label: value === "CITY" ? "市级词库" : `单位词库（${props.unitName ?? "本单位"}）`,
            }))}
          />
        )}
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(chosen) => {
            const format = formatOf(chosen.name);
            setPreview(null);
            if (!format) setFailure("请选择 .csv 或 .xlsx 文件");
            else if (chosen.size > MAX_BYTES) setFailure("文件不能超过 5 MB");
            else
              void base64Of(chosen).then((content) => {
                setFailure(null);
                setFile({ name: chosen.name, format, content });
              });
            return false;
          }}
        >
          <Button>选择文件</Button>
        </Upload>
        {file && <Typography.Text>{file.name}</Typography.Text>}
      </Flex>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      {preview && (
        <>
          <Alert
            type={preview.rejected > 0 ? "warning" : "info"}
            showIcon
            style={{ marginBottom: 12 }}
            title={`预览：新增 ${preview.added} 条，更新 ${preview.updated} 条，不变 ${preview.unchanged} 条，拒绝 ${preview.rejected} 条（当前词库版本 ${preview.version}）`}
          />
          <Table<Result["rows"][number]>
            size="small"
            rowKey="line"
            aria-label="导入预览"
            dataSource={preview.rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: "行号", dataIndex: "line", width: 70 },
              { title: "词语", dataIndex: "term" },
              {
                title: "类型",
                dataIndex: "kind",
                width: 110,
                render: (kind: Result["rows"][number]["kind"]) => (kind ? KIND_LABELS[kind] : "—"),
              },
              {
                title: "处理",
                dataIndex: "action",
                width: 80,
                render: (action: Result["rows"][number]["action"]) => (
                  <Tag color={IMPORT_ACTION_LABELS[action].color}>{IMPORT_ACTION_LABELS[action].label}</Tag>
                ),
              },
              {
                title: "原因 / 变化",
                key: "why",
                render: (_, row) =>
                  row.reasons.length > 0
                    ? row.reasons.join("；")
                    : row.changes.map((field) => FIELD_LABELS[field] ?? field).join("、"),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
