// 词库管理: the city lexicon and the chosen unit's own entries with filters, create / edit / disable, the
// unit's exemptions, import with a dry-run preview, export as CSV or xlsx, and the lexicon version in force.
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import type {
  LexiconEntryFieldsFragment,
  LexiconEntryFilter,
  LexiconFileFormat,
  LexiconKind,
  LexiconLevel,
  LexiconScope,
} from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { useUnitOptions } from "../../../units/hooks/useUnitOptions";
import { ExemptEntryModal, ExemptionsTable } from "../../components/Exemptions";
import { ImportLexiconModal } from "../../components/ImportLexiconModal";
import { LexiconEntryFormModal, serverMessage } from "../../components/LexiconEntryFormModal";
import { KIND_LABELS, LEVEL_LABELS, options, SCOPE_LABELS } from "../../components/labels";
import { ExportLexiconDocument } from "../../graphql/exportLexicon";
import { LexiconEntriesDocument } from "../../graphql/lexiconEntries";
import { UpdateLexiconEntryDocument } from "../../graphql/updateLexiconEntry";

export const LEXICON_PAGE_SIZE = 20;

interface FilterValues {
  kind?: LexiconKind;
  level?: LexiconLevel;
  scope?: LexiconScope;
  enabled?: "yes" | "no";
  search?: string;
}

/** The filter form's values as the query's filter (the unit's own entries when scope is UNIT). */
export function toFilter(values: FilterValues, unitId: string | null): LexiconEntryFilter | null {
  const filter: LexiconEntryFilter = {
    kind: values.kind ?? null,
    level: values.level ?? null,
    scope: values.scope ?? null,
    unitId: values.scope === "UNIT" ? unitId : null,
    enabled: values.enabled === undefined ? null : values.enabled === "yes",
    search: values.search?.trim() || null,
  };
  return Object.values(filter).some((value) => value !== null) ? filter : null;
}

/** Saves a base64 file the way a download link does. */
function download(file: { filename: string; contentType: string; content: string }): void {
  const bytes = Uint8Array.from(atob(file.content), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function LexiconPage() {
  usePageTitle("词库管理");
  const { me, access } = useMe();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<FilterValues>();
  const [values, setValues] = useState<FilterValues>({});
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<LexiconEntryFieldsFragment | "new" | null>(null);
  const [exempting, setExempting] = useState<LexiconEntryFieldsFragment | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState<LexiconFileFormat | null>(null);
  const [updateEntry] = useMutation(UpdateLexiconEntryDocument, { context: { silentErrors: true } });

  // The units the caller works for (from their grants); city-wide readers may look at any unit.
  const ownUnits = useMemo(() => {
    const units = new Map<string, string>();
    for (const grant of me?.grants ?? []) {
      if (!grant.actions.includes("lexicon.read") && !grant.actions.includes("lexicon.manage")) continue;
      const unit = grant.unit ?? grant.site?.unit;
      if (unit) units.set(unit.id, unit.name);
    }
    return [...units].map(([value, label]) => ({ value, label }));
  }, [me]);
  const cityWideReader = access.canCityWide("lexicon.read");
  const allUnits = useUnitOptions(!cityWideReader);
  const unitOptions = cityWideReader ? allUnits.options : ownUnits;
  const [chosenUnit, setChosenUnit] = useState<string | null>(null);
  const unitId = chosenUnit ?? (cityWideReader ? null : (ownUnits[0]?.value ?? null));
  const unitName = unitOptions.find((option) => option.value === unitId)?.label;

  const manageCity = access.canCityWide("lexicon.manage");
  const manageUnit = unitId !== null && (manageCity || access.unitIds("lexicon.manage").includes(unitId));
  const scopes: LexiconScope[] = [
    ...(manageCity ? ["CITY" as const] : []),
    ...(manageUnit ? ["UNIT" as const] : []),
  ];
  const canManage = (entry: LexiconEntryFieldsFragment) =>
    entry.scope === "CITY"
      ? manageCity
      : manageCity || (entry.unitId !== null && access.unitIds("lexicon.manage").includes(entry.unitId));

  const filter = toFilter(values, unitId);
  const { data, loading, refetch } = useQuery(LexiconEntriesDocument, {
    variables: { filter, offset: (page - 1) * LEXICON_PAGE_SIZE, limit: LEXICON_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const reload = () => void refetch();

  const toggle = async (entry: LexiconEntryFieldsFragment) => {
    try {
      await updateEntry({ variables: { id: entry.id, input: { enabled: !entry.enabled } } });
      message.success(entry.enabled ? `已停用“${entry.term}”` : `已启用“${entry.term}”`);
      reload();
    } catch (error) {
      message.error(serverMessage(error));
    }
  };

  const exportAs = async (format: LexiconFileFormat) => {
    setExporting(format);
    try {
      // A unit's staff export their unit's lexicon (the city's needs city-wide 查看词库).
      const unitScope = unitId !== null && (values.scope === "UNIT" || !cityWideReader);
      const result = await client.query({
        query: ExportLexiconDocument,
        variables: { format, scope: unitScope ? "UNIT" : "CITY", unitId: unitScope ? unitId : null },
        fetchPolicy: "network-only",
      });
      if (result.data) download(result.data.exportLexicon);
    } catch (error) {
      message.error(serverMessage(error));
    } finally {
      setExporting(null);
    }
  };

  return (
    <section>
      <PageHeader
        title="词库管理"
        extra={
          <Space wrap>
            <Typography.Text aria-label="当前词库版本">
              当前词库版本：{data ? data.lexiconVersion : "—"}
            </Typography.Text>
            {scopes.length > 0 && (
              <>
                <Button type="primary" onClick={() => setEditing("new")}>
                  新建词条
                </Button>
                <Button onClick={() => setImporting(true)}>导入</Button>
              </>
            )}
            <Button loading={exporting === "CSV"} onClick={() => void exportAs("CSV")}>
              导出 CSV
            </Button>
            <Button loading={exporting === "XLSX"} onClick={() => void exportAs("XLSX")}>
              导出 Excel
            </Button>
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>单位：</Typography.Text>
        <Select
          aria-label="单位"
          style={{ width: 240 }}
          allowClear={cityWideReader}
          placeholder={cityWideReader ? "只看市级词库" : "选择单位"}
          showSearch
          optionFilterProp="label"
          options={unitOptions}
          value={unitId ?? undefined}
          onChange={(value: string | undefined) => {
            setChosenUnit(value ?? null);
            setPage(1);
          }}
        />
      </Space>
      <Form<FilterValues>
        form={form}
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onValuesChange={(_, all) => {
          setValues(all);
          setPage(1);
        }}
      >
        <Form.Item name="kind" label="类型">
          <Select aria-label="类型" allowClear style={{ width: 130 }} options={options(KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="level" label="级别">
          <Select aria-label="级别" allowClear style={{ width: 100 }} options={options(LEVEL_LABELS)} />
        </Form.Item>
        <Form.Item name="scope" label="范围">
          <Select aria-label="范围" allowClear style={{ width: 100 }} options={options(SCOPE_LABELS)} />
        </Form.Item>
        <Form.Item name="enabled" label="状态">
          <Select
            aria-label="状态"
            allowClear
            style={{ width: 100 }}
            options={[
              { value: "yes", label: "启用" },
              { value: "no", label: "停用" },
            ]}
          />
        </Form.Item>
        <Form.Item name="search" label="查找">
          <Input.Search aria-label="查找词语" allowClear placeholder="词语" style={{ width: 200 }} />
        </Form.Item>
      </Form>
      <Table<LexiconEntryFieldsFragment>
        rowKey="id"
        size="small"
        aria-label="词条"
        loading={loading && !data}
        dataSource={data?.lexiconEntries.items ?? []}
        pagination={{
          current: page,
          pageSize: LEXICON_PAGE_SIZE,
          total: data?.lexiconEntries.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
        columns={[
          {
            title: "词语",
            dataIndex: "term",
            render: (term: string, entry) => (
              <Typography.Text delete={!entry.enabled} title={entry.note ?? undefined}>
                {term}
              </Typography.Text>
            ),
          },
          { title: "类型", dataIndex: "kind", width: 100, render: (kind: LexiconKind) => KIND_LABELS[kind] },
          {
            title: "级别",
            dataIndex: "level",
            width: 70,
            render: (level: LexiconLevel) => (
              <Tag color={LEVEL_LABELS[level].color}>{LEVEL_LABELS[level].label}</Tag>
            ),
          },
          { title: "建议用语", dataIndex: "suggestion", render: (value: string | null) => value ?? "—" },
          {
            title: "范围",
            dataIndex: "scope",
            width: 70,
            render: (scope: LexiconScope) => SCOPE_LABELS[scope],
          },
          {
            title: "来源",
            dataIndex: "source",
            ellipsis: true,
            render: (value: string | null) => value ?? "—",
          },
          {
            title: "状态",
            dataIndex: "enabled",
            width: 70,
            render: (enabled: boolean) => (enabled ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
          },
          {
            title: "操作",
            key: "actions",
            width: 170,
            render: (_, entry) => (
              <Space size={0}>
                {canManage(entry) && (
                  <>
                    <Button size="small" type="link" onClick={() => setEditing(entry)}>
                      编辑
                    </Button>
                    <Button size="small" type="link" onClick={() => void toggle(entry)}>
                      {entry.enabled ? "停用" : "启用"}
                    </Button>
                  </>
                )}
                {entry.scope === "CITY" && manageUnit && (
                  <Button size="small" type="link" onClick={() => setExempting(entry)}>
                    豁免
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {unitId && (
        <Card size="small" title={`${unitName ?? "本单位"}的豁免`} style={{ marginTop: 16 }}>
          <ExemptionsTable unitId={unitId} canManage={manageUnit} onChanged={reload} />
        </Card>
      )}
      <LexiconEntryFormModal
        open={editing !== null}
        entry={editing === "new" ? null : editing}
        scopes={scopes}
        unitId={unitId}
        unitName={unitName}
        onClose={(saved) => {
          setEditing(null);
          if (saved) {
            message.success("词条已保存");
            reload();
          }
        }}
      />
      {unitId && (
        <ExemptEntryModal
          entry={exempting}
          unitId={unitId}
          unitName={unitName}
          onClose={(saved) => {
            setExempting(null);
            if (saved) {
              reload();
              void client.refetchQueries({ include: ["LexiconExemptions"] });
            }
          }}
        />
      )}
      <ImportLexiconModal
        open={importing}
        scopes={scopes}
        unitId={unitId}
        unitName={unitName}
        onClose={(imported) => {
          setImporting(false);
          if (imported) reload();
        }}
      />
    </section>
  );
}
