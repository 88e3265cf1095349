import { useMutation } from "@apollo/client/react";
import { Alert, Form, Input, Modal, Select, Switch } from "antd";
import { useState } from "react";
import { errorMessage } from "#app/errorLink";
import type { LexiconEntryFieldsFragment, LexiconKind, LexiconLevel, LexiconScope } from "#gql/graphql";
import { CreateLexiconEntryDocument } from "../graphql/createLexiconEntry";
import { UpdateLexiconEntryDocument } from "../graphql/updateLexiconEntry";
import { KIND_LABELS, LEVEL_LABELS, options } from "./labels";

interface Values {
  term: string;
  kind: LexiconKind;
  level: LexiconLevel;
  scope: LexiconScope;
  suggestion?: string;
  note?: string;
  source?: string;
  enabled: boolean;
  titles?: string[];
  category?: string;
}

const text = (value: string | undefined) => value?.trim() || null;

/**
 * Creates or edits a lexicon entry. City entries need city-wide 管理词库 and a source; a unit's entry is added
 * for the unit chosen on the page. The server's refusal (e.g. a unit entry weakening a city block-level one)
 * is shown in the dialog.
 */
export function LexiconEntryFormModal(props: {
  open: boolean;
  entry: LexiconEntryFieldsFragment | null;
  /** The scopes the caller may add to: CITY with city-wide 管理词库, UNIT when a unit is chosen and managed. */
  scopes: LexiconScope[];
  unitId: string | null;
  unitName?: string;
  onClose(saved: boolean): void;
}) {
  const { entry } = props;
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form);
  const scope = Form.useWatch("scope", form);
  const [failure, setFailure] = useState<string | null>(null);
  const [createEntry, create] = useMutation(CreateLexiconEntryDocument, { context: { silentErrors: true } });
  const [updateEntry, update] = useMutation(UpdateLexiconEntryDocument, { context: { silentErrors: true } });

  const save = async (values: Values) => {
    setFailure(null);
    const common = {
      term: values.term.trim(),
      kind: values.kind,
      level: values.level,
      suggestion: text(values.suggestion),
      note: text(values.note),
      source: text(values.source),
      enabled: values.enabled,
      titles: values.kind === "NAME" ? (values.titles ?? []) : [],
      category: values.kind === "PATTERN" ? text(values.category) : null,
    };
    try {
      if (entry) await updateEntry({ variables: { id: entry.id, input: common } });
      else
        await createEntry({
          variables: {
            input: {
              ...common,
              scope: values.scope,
              unitId: values.scope === "UNIT" ? props.unitId : null,
            },
          },
        });
      props.onClose(true);
    } catch (error) {
      setFailure(serverMessage(error));
    }
  };

  return (
    <Modal
      title={entry ? `编辑词条：${entry.term}` : "新建词条"}
      open={props.open}
      destroyOnHidden
      okText="保存"
      cancelText="取消"
      confirmLoading={create.loading || update.loading}
      onOk={() => form.submit()}
      onCancel={() => {
        setFailure(null);
        props.onClose(false);
      }}
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        name="lexicon-entry"
        layout="vertical"
        preserve={false}
        initialValues={
          entry
            ? {
                term: entry.term,
                kind: entry.kind,
                level: entry.level,
                scope: entry.scope,
                suggestion: entry.suggestion ?? "",
                note: entry.note ?? "",
                source: entry.source ?? "",
                enabled: entry.enabled,
                titles: entry.titles,
                category: entry.category ?? "",
              }
            : { kind: "TYPO", level: "WARN", scope: props.scopes[0] ?? "CITY", enabled: true, titles: [] }
        }
        onFinish={(values) => save(values).catch(() => undefined)}
      >
        {!entry && (
          <Form.Item name="scope" label="范围">
            <Select
              aria-label="范围"
              options={props.scopes.map((value) => ({
                value,
                label: value === "CITY" ? "市级（全市生效）" : `单位（${props.unitName ?? "本单位"}）`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="term"
          label={kind === "PATTERN" ? "正则表达式" : "词语"}
          rules={[{ required: true, whitespace: true, message: "请输入词语" }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label="类型">
          <Select aria-label="类型" options={options(KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="level" label="级别">
          <Select aria-label="级别" options={options(LEVEL_LABELS)} />
        </Form.Item>
        <Form.Item name="suggestion" label="建议用语">
          <Input maxLength={200} />
        </Form.Item>
        {kind === "NAME" && (
          <Form.Item name="titles" label="职务（与人名相邻时近似写法按阻断处理）">
            <Select mode="tags" aria-label="职务" open={false} tokenSeparators={[",", "，", "、"]} />
          </Form.Item>
        )}
        {kind === "PATTERN" && (
          <Form.Item name="category" label="规则类别" rules={[{ required: true, message: "请填写规则类别" }]}>
            <Select
              aria-label="规则类别"
              options={["wording", "name", "number", "date", "punctuation", "sensitive", "typo"].map(
                (value) => ({ value, label: value }),
              )}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label="说明（检查结果中显示给编辑）">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="source"
          label="来源"
          rules={
            (entry?.scope ?? scope) === "CITY"
              ? [{ required: true, whitespace: true, message: "市级词条须注明来源" }]
              : []
          }
        >
          <Input maxLength={300} placeholder="依据、数据集及其许可" />
        </Form.Item>
        <Form.Item name="enabled" label="启用" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The server's own words for a refusal when it gave some (the rule it applied), else the usual message. */
export function serverMessage(error: unknown): string {
  const first = (error as { errors?: { message?: string; extensions?: { code?: unknown } }[] }).errors?.[0];
  if (first?.message && /[\u4e00-\u9fff]/.test(first.message)) return first.message;
  return errorMessage(error as Error);
}
