// Writing and reviewing one article. A save names the revision the form was loaded from; if someone
// saved in between (another person or another tab), the server answers CONFLICT and the merge dialog
// shows both versions, so no edit is ever silently lost.
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  Modal,
  Result,
  Row,
  Select,
  Space,
  Spin,
  TreeSelect,
} from "antd";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { errorMessage } from "#app/errorLink";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { RevisionContentFragment } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { channelNames, toChannelOptions, useChannelTree } from "../../../channels/hooks/useChannelTree";
import { ArticleDeliveries } from "../../../distribution/components/ArticleDeliveries";
import { AttachmentPicker, CoverPicker } from "../../../media/components/ArticleMediaFields";
import { PushPanel } from "../../../syndication/components/PushPanel";
import { useStageNames } from "../../../workflow/hooks/useStageNames";
import { ArticleTimeline } from "../../components/ArticleTimeline";
import { BodyPreview } from "../../components/BodyPreview";
import { CheckFindingsPanel, type Finding } from "../../components/CheckFindingsPanel";
import {
  type ContentValues,
  contentOf,
  EMPTY_CONTENT,
  EMPTY_MEDIA,
  type MediaValues,
  mediaOf,
  removedImages,
  toContentInput,
} from "../../components/content";
import { FlagsPanel } from "../../components/FlagsPanel";
import type { HighlightFinding } from "../../components/findingHighlights";
import { MergeDialog, type TheirVersion } from "../../components/MergeDialog";
import { ReviewCheckPanel } from "../../components/ReviewCheckPanel";
import { RevisionList } from "../../components/RevisionList";
import { RichTextEditor } from "../../components/RichTextEditor";
import { StatusTag } from "../../components/StatusTag";
import { WorkflowActions } from "../../components/WorkflowActions";
import { WritingAssistPanel } from "../../components/WritingAssistPanel";
import { ArticleDocument } from "../../graphql/article";
import { CreateArticleDocument } from "../../graphql/createArticle";
import { RevisionDocument } from "../../graphql/revision";
import { SaveArticleDocument } from "../../graphql/saveArticle";
import { conflictRevisionId } from "../../hooks/conflict";

type Values = ContentValues & MediaValues & { note?: string };

interface Conflict {
  mine: ContentValues;
  note: string | null;
  theirs: TheirVersion;
  revision: RevisionContentFragment;
}

const hasText = (html: string) => html.replace(/<[^>]*>/g, "").trim().length > 0 || /<img\s/i.test(html);

export function ArticleEditorPage() {
  const { id } = useParams();
  const creating = id === undefined;
  const { currentSiteId, access } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(ArticleDocument, { variables: { id: id ?? "" }, skip: creating });
  const article = data?.article ?? null;
  const siteId = article?.site.id ?? currentSiteId;
  const { channels } = useChannelTree(siteId);
  const stageName = useStageNames(siteId);
  const names = channelNames(channels);
  const [form] = Form.useForm<Values>();
  const watchedSummary = Form.useWatch("summary", form) ?? "";
  const watchedKeywords = Form.useWatch("keywords", form) ?? [];
  const [base, setBase] = useState<RevisionContentFragment | null>(null);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [createArticle, creation] = useMutation(CreateArticleDocument);
  const [saveArticle, saving] = useMutation(SaveArticleDocument, { context: { silentErrors: true } });
  // The check's findings in the body, underlined in the editor; a clicked underline focuses the side list.
  const [findings, setFindings] = useState<Finding[]>([]);
  const [focusedFinding, setFocusedFinding] = useState<{ key: string; at: number } | null>(null);
  const underlined = useMemo<HighlightFinding[]>(
    () =>
      findings
        .filter((f) => f.field === "BODY" && f.end > f.start)
        .map((f) => ({
          key: f.key,
          start: f.start,
          end: f.end,
          text: f.text,
          severity: f.severity,
          explanation: f.explanation,
        })),
    [findings],
  );
  const focusFinding = useCallback((key: string) => setFocusedFinding({ key, at: Date.now() }), []);

  // The form is loaded once from the current revision; later cache updates must not overwrite edits.
  useEffect(() => {
    if (article && base === null) setBase(article.currentRevision);
  }, [article, base]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // An adopted copy (信息报送) keeps its origin's content: read-only here, updated only by a re-push.
  const editable = access.can("article.write") && !article?.deletedAt && !article?.origin;
  // Someone who cannot change it (a reviewer, a deleted or adopted article) is looking, not editing.
  const pageTitle = creating ? "新建稿件" : editable ? "编辑稿件" : "查看稿件";
  usePageTitle(pageTitle);
  const currentMedia = (): MediaValues => {
    const values = form.getFieldsValue(true) as Partial<MediaValues>;
    return { coverImageId: values.coverImageId ?? null, attachments: values.attachments ?? [] };
  };

  // The server keeps media-library images only: one it removed (pasted from a web page or Word) must not
  // vanish unnoticed, and the editor shows what was stored.
  const warnRemovedImages = (sent: string, saved: string) => {
    const lost = removedImages(sent, saved);
    if (lost.length === 0) return;
    form.setFieldValue("body", saved);
    message.warning(
      `保存时移除了 ${lost.length} 张不在资源库中的图片：网站只显示资源库中的图片，请把图片上传到资源库后用“插入图片”重新插入`,
      8,
    );
  };

  const saveOn = async (
    values: ContentValues,
    baseRevision: RevisionContentFragment,
    note: string | null,
  ): Promise<void> => {
    if (!id) return;
    try {
      const result = await saveArticle({
        variables: {
          id,
          input: { baseRevisionId: baseRevision.id, content: toContentInput(values, currentMedia()), note },
        },
      });
      const saved = result.data?.saveArticle;
      if (!saved) return;
      setBase(saved.currentRevision);
      setDirty(false);
      setConflict(null);
      form.setFieldValue("note", "");
      message.success(`已保存为第 ${saved.currentRevision.number} 版`);
      warnRemovedImages(values.body, saved.currentRevision.body);
    } catch (failure) {
      const currentId = conflictRevisionId(failure);
      if (!currentId) {
        message.error(errorMessage(failure as Error));
        return;
      }
      const latest = await client.query({
        query: RevisionDocument,
        variables: { id: currentId },
        fetchPolicy: "network-only",
      });
      const revision = latest.data?.revision;
      if (!revision) {
        message.error("保存冲突，且无法读取最新版本，请复制你的修改后刷新页面");
        return;
      }
      setConflict({
        mine: values,
        note,
        revision,
        theirs: {
          revisionId: revision.id,
          number: revision.number,
          savedBy: revision.createdBy.displayName,
          savedAt: revision.createdAt,
          content: contentOf(revision),
        },
      });
    }
  };

  const save = async (values: Values) => {
    const { note, coverImageId, attachments, ...content } = values;
    const trimmedNote = note?.trim() || null;
    if (creating) {
      if (!currentSiteId) return;
      const result = await createArticle({
        variables: {
          input: {
            siteId: currentSiteId,
            content: toContentInput(content, { coverImageId, attachments }),
            note: trimmedNote,
          },
        },
      });
      const created = result.data?.createArticle;
      if (created) {
        setDirty(false);
        message.success("稿件已创建");
        warnRemovedImages(content.body, created.currentRevision.body);
        navigate(`/articles/${created.id}`, { replace: true });
      }
      return;
    }
    if (base) await saveOn(content, base, trimmedNote);
  };

  if (creating && !currentSiteId) return <Empty description="请在页头选择站点" />;
  if (!creating && loading && !article) return <Spin description="加载中" />;
  if (!creating && (error || !article)) return <Result status="404" title="稿件不存在或无权查看" />;
  if (!creating && !base) return <Spin description="加载中" />;

  const initialValues: Values = base
    ? { ...contentOf(base), ...mediaOf(base), note: "" }
    : { ...EMPTY_CONTENT, ...EMPTY_MEDIA, note: "" };
  const current = () => form.getFieldsValue(true) as Values;

  return (
    <section>
      <PageHeader
        title={creating ? pageTitle : `${pageTitle} · 第 ${base?.number ?? ""} 版`}
        extra={
          <Space>
            <Button onClick={() => setPreviewing(true)}>预览</Button>
            {article && <Link to={`/articles/${article.id}/sheet`}>审签单</Link>}
            {editable && (
              <Button
                type="primary"
                loading={saving.loading || creation.loading}
                onClick={() => form.submit()}
              >
                保存
              </Button>
            )}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card>
            <Form<Values>
              form={form}
              name="article"
              layout="vertical"
              disabled={!editable}
              initialValues={initialValues}
              onValuesChange={() => setDirty(true)}
              onFinish={(values) => save(values).catch(() => undefined)}
            >
              <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, max: 200 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="subtitle" label="副标题">
                <Input />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name="source" label="来源">
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="author" label="作者">
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="editorOfRecord" label="责任编辑">
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="channelId" label="主栏目" rules={[{ required: true, message: "请选择栏目" }]}>
                <TreeSelect
                  aria-label="主栏目"
                  treeData={toChannelOptions(channels)}
                  treeDefaultExpandAll
                  showSearch
                  treeNodeFilterProp="title"
                  placeholder="选择栏目"
                />
              </Form.Item>
              <Form.Item name="summary" label="摘要">
                <Input.TextArea rows={3} maxLength={500} showCount />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name="keywords" label="关键词">
                    <Select mode="tags" aria-label="关键词" tokenSeparators={[",", "，", " "]} open={false} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="tags" label="标签">
                    <Select mode="tags" aria-label="标签" tokenSeparators={[",", "，", " "]} open={false} />
                  </Form.Item>
                </Col>
              </Row>
              {article && base && (
                <WritingAssistPanel
                  key={base.id}
                  articleId={article.id}
                  editable={editable}
                  currentSummary={watchedSummary}
                  currentKeywords={watchedKeywords}
                  onAdoptSummary={(summary) => {
                    form.setFieldValue("summary", summary);
                    setDirty(true);
                  }}
                  onAdoptKeywords={(keywords) => {
                    form.setFieldValue("keywords", keywords);
                    setDirty(true);
                  }}
                />
              )}
              {siteId && (
                <CheckFindingsPanel
                  siteId={siteId}
                  articleId={article?.id}
                  revisionId={base?.id}
                  getContent={() => ({
                    title: form.getFieldValue("title") ?? "",
                    html: form.getFieldValue("body") ?? "",
                  })}
                  dirty={dirty}
                  editable={editable}
                  canOverride={access.can("check.override")}
                  onApply={(change) => {
                    form.setFieldValue(change.field === "TITLE" ? "title" : "body", change.value);
                    setDirty(true);
                  }}
                  onFindings={setFindings}
                  focus={focusedFinding}
                />
              )}
              <Form.Item
                name="body"
                label="正文"
                rules={[
                  {
                    validator: (_, value: string | undefined) =>
                      value && hasText(value) ? Promise.resolve() : Promise.reject(new Error("请填写正文")),
                  },
                ]}
              >
                <RichTextEditor
                  readOnly={!editable}
                  siteId={siteId}
                  findings={underlined}
                  onFindingClick={focusFinding}
                />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name="coverImageId" label="封面图片">
                    <CoverPicker siteId={siteId} disabled={!editable} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="attachments" label="附件">
                    <AttachmentPicker siteId={siteId} disabled={!editable} />
                  </Form.Item>
                </Col>
              </Row>
              {!creating && editable && (
                <Form.Item name="note" label="保存说明">
                  <Input placeholder="可选，如：修改导语" maxLength={200} />
                </Form.Item>
              )}
            </Form>
          </Card>
        </Col>
        {article && (
          <Col xs={24} xl={8}>
            <Space orientation="vertical" style={{ width: "100%" }} size={16}>
              <Card title="状态与审核">
                <Space orientation="vertical" style={{ width: "100%" }}>
                  <Space wrap>
                    <StatusTag status={article.status} />
                    {article.status === "IN_REVIEW" && (
                      <span>当前环节：{stageName(article.reviewStage)}</span>
                    )}
                  </Space>
                  {article.publishedAt && <div>发布时间：{formatShanghaiMinute(article.publishedAt)}</div>}
                  {article.withdrawReason && <div>撤稿原因：{article.withdrawReason}</div>}
                  {article.deletedAt ? (
                    <div>已删除（在回收站中）</div>
                  ) : (
                    <WorkflowActions article={article} access={access} dirty={dirty} />
                  )}
                </Space>
              </Card>
              {/* The publish gate's view of the saved revision, once submitted (and for 错敏词放行 holders). */}
              {!article.deletedAt && (article.status !== "DRAFT" || access.can("check.override")) && (
                <Card title="送审检查">
                  <ReviewCheckPanel
                    key={article.currentRevision.id}
                    articleId={article.id}
                    canOverride={access.can("check.override")}
                  />
                </Card>
              )}
              <Card title="信息报送">
                <PushPanel
                  articleId={article.id}
                  siteId={article.site.id}
                  live={!!article.publishedRevision && article.status !== "WITHDRAWN" && !article.deletedAt}
                  access={access}
                />
              </Card>
              <Card title="展示设置">
                <FlagsPanel
                  article={article}
                  editable={
                    !article.deletedAt && (access.can("article.write") || access.can("article.publish"))
                  }
                />
              </Card>
              <Card title="审核记录">
                <ArticleTimeline entries={article.timeline} />
              </Card>
              {article.publishedAt && (
                <Card title="新媒体推送">
                  <ArticleDeliveries articleId={article.id} />
                </Card>
              )}
              <Card title="修订记录">
                <RevisionList
                  articleId={article.id}
                  revisions={article.revisions}
                  publishedId={article.publishedRevision?.id}
                />
              </Card>
            </Space>
          </Col>
        )}
      </Row>
      <Modal
        title="预览"
        open={previewing}
        width={900}
        footer={null}
        onCancel={() => setPreviewing(false)}
        destroyOnHidden
      >
        {previewing && <BodyPreview title={current().title ?? ""} body={current().body ?? ""} />}
      </Modal>
      <MergeDialog
        open={conflict !== null}
        mine={conflict?.mine ?? EMPTY_CONTENT}
        theirs={conflict?.theirs ?? null}
        saving={saving.loading}
        channelName={(channelId) => names.get(channelId) ?? channelId}
        onCancel={() => setConflict(null)}
        onKeepTheirs={() => {
          if (!conflict) return;
          form.setFieldsValue({ ...conflict.theirs.content, ...mediaOf(conflict.revision), note: "" });
          setBase(conflict.revision);
          setDirty(false);
          setConflict(null);
          message.info(`已载入第 ${conflict.revision.number} 版`);
        }}
        onMerge={(merged) => {
          if (!conflict) return;
          form.setFieldsValue(merged);
          void saveOn(merged, conflict.revision, conflict.note);
        }}
      />
    </section>
  );
}
