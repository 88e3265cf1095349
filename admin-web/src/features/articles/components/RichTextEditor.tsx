// The article body editor (tiptap). Its schema is the paste filter: content pasted from Word or web pages
// is parsed into the nodes and marks below only, so Word's styles, classes, comments and scripts are
// dropped before anything reaches the server (which sanitises again with its allowlist).
// Images come from the media library only (chosen or uploaded there), each with its alt text: the portal's
// Content-Security-Policy (img-src 'self' data:) blocks images of other hosts, and the server's sanitiser
// keeps /media/ images only. The image node below refuses any other src when HTML is parsed (paste, a value
// set from outside), and the editor is told how many were removed; the page also warns when a save removed one.
import {
  BoldOutlined,
  FileImageOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  UnorderedListOutlined,
} from "@ant-design/icons";
import Image, { type ImageOptions } from "@tiptap/extension-image";
import Link from "@tiptap/extension-link";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { Alert, App, Button, Divider, Flex, Form, Input, Modal, Tooltip, Typography } from "antd";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { MediaPicker } from "../../media/components/MediaPicker";
import { isMediaImageSrc } from "./content";
import { FindingHighlights, type HighlightFinding, setFindings } from "./findingHighlights";

const SAFE_URL = /^(https?:\/\/|\/|mailto:)/i;

interface MediaImageOptions extends ImageOptions {
  /** An <img> whose src is not a media-library image was left out of parsed HTML. */
  onRefused(src: string): void;
}

/** The image node, for media-library images only: others are dropped when HTML is parsed, never fetched. */
const MediaImage = Image.extend<MediaImageOptions>({
  addOptions() {
    return { ...(this.parent?.() as ImageOptions), onRefused: () => {} };
  },
  parseHTML() {
    return [
      {
        tag: "img[src]",
        getAttrs: (element) => {
          const src = element.getAttribute("src") ?? "";
          if (isMediaImageSrc(src)) return null;
          this.options.onRefused(src);
          return false;
        },
      },
    ];
  },
  // No markdown shortcut (![alt](https://…)): images are inserted from the media library.
  addInputRules() {
    return [];
  },
});

/** The notice for images left out of pasted or loaded HTML (one notice, replaced rather than stacked). */
export function refusedImagesNotice(count: number): string {
  return `已移除 ${count} 张站外图片：网站只显示资源库中的图片，请把图片上传到资源库后用“插入图片”插入`;
}

function ToolButton(props: { label: string; active?: boolean; onClick(): void; children: ReactNode }) {
  return (
    <Tooltip title={props.label}>
      <Button
        size="small"
        type={props.active ? "primary" : "text"}
        aria-label={props.label}
        aria-pressed={props.active ?? false}
        onMouseDown={(event) => event.preventDefault()}
        onClick={props.onClick}
      >
        {props.children}
      </Button>
    </Tooltip>
  );
}

const EMPTY_DOCUMENT = "<p></p>";

type UrlPrompt = { kind: "link"; initial: string } | null;

/** The 插入图片 dialog (a new image from the media library) or the alt text of the selected image. */
type ImageDraft = { editing: boolean; src: string; name: string; alt: string } | null;

export function RichTextEditor(props: {
  value?: string;
  onChange?(html: string): void;
  readOnly?: boolean;
  /** With a site, images can be inserted from its media library (src="/media/<id>"). */
  siteId?: string | null;
  /** Text-check findings of the body, underlined by severity. */
  findings?: readonly HighlightFinding[];
  /** An underline was clicked: the key of its finding. */
  onFindingClick?(key: string): void;
}) {
  const [prompt, setPrompt] = useState<UrlPrompt>(null);
  const { message } = App.useApp();
  // Images refused while parsing HTML. The same value may be parsed twice in a row (at creation, then set
  // again by the effect below), so a notice gives the most refused by one parse since the last notice.
  const refused = useRef({ parse: 0, batch: 0 });
  const reportRefused = useRef(() => {});
  reportRefused.current = () => {
    const count = refused.current.batch;
    refused.current.batch = 0;
    if (count > 0)
      message.warning({ key: "jiyue-refused-images", content: refusedImagesNotice(count), duration: 8 });
  };
  // The editor is created once; clicks reach the latest handler through this ref.
  const onFindingClick = useRef(props.onFindingClick);
  onFindingClick.current = props.onFindingClick;
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const [picking, setPicking] = useState(false);
  const [image, setImage] = useState<ImageDraft>(null);
  const [url, setUrl] = useState("");
  // The value the form holds, so that an update which leaves the HTML as it was is not reported as a change.
  const valueRef = useRef(props.value ?? "");
  valueRef.current = props.value ?? "";
  // The editor's creation (in this render, once) parses the initial value: one parse.
  refused.current.parse = 0;
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ link: false, heading: { levels: [2, 3, 4] } }),
      Link.configure({ openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"] }),
      MediaImage.configure({
        inline: false,
        allowBase64: false,
        onRefused: () => {
          const counts = refused.current;
          counts.parse += 1;
          if (counts.batch === 0) queueMicrotask(() => reportRefused.current());
          counts.batch = Math.max(counts.batch, counts.parse);
        },
      }),
      FindingHighlights.configure({ onClick: (key) => onFindingClick.current?.(key) }),
    ],
    content: props.value ?? "",
    editable: !props.readOnly,
    editorProps: {
      attributes: { "aria-label": "正文", class: "jiyue-editor" },
      // Pasted or dropped HTML is one parse.
      transformPastedHTML: (html) => {
        refused.current.parse = 0;
        return html;
      },
    },
    onUpdate: ({ editor: current }) => {
      // Only real edits are changes: an empty document reads back as "<p></p>", which is still nothing.
      const html = current.getHTML();
      if (html === (valueRef.current || EMPTY_DOCUMENT)) return;
      valueRef.current = html;
      props.onChange?.(html);
    },
  });

  // A value set from outside (e.g. the merge dialog chose the other version) replaces the content.
  // Images it refused are reported as a change, so that the form holds what the editor shows.
  useEffect(() => {
    if (props.value === undefined || props.value === editor.getHTML()) return;
    refused.current.parse = 0;
    editor.commands.setContent(props.value, { emitUpdate: false });
    if (refused.current.parse > 0 && editor.isEditable) {
      const html = editor.getHTML();
      valueRef.current = html;
      onChange.current?.(html);
    }
  }, [editor, props.value]);

  useEffect(() => {
    // Without emitting an update: switching to editable is not an edit (it would make a new form dirty).
    editor.setEditable(!props.readOnly, false);
  }, [editor, props.readOnly]);

  // After the content effect above, so new findings are placed on the content they were checked against.
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(setFindings(editor.state, props.findings ?? []));
  }, [editor, props.findings]);

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      h2: current.isActive("heading", { level: 2 }),
      h3: current.isActive("heading", { level: 3 }),
      bullet: current.isActive("bulletList"),
      ordered: current.isActive("orderedList"),
      quote: current.isActive("blockquote"),
      link: current.isActive("link"),
      image: current.isActive("image"),
    }),
  });

  const chain = () => editor.chain().focus();
  const applyUrl = () => {
    const value = url.trim();
    if (prompt?.kind === "link") {
      if (!value) chain().extendMarkRange("link").unsetLink().run();
      else if (SAFE_URL.test(value)) chain().extendMarkRange("link").setLink({ href: value }).run();
      else return;
    }
    setPrompt(null);
  };
  const applyImage = () => {
    if (!image) return;
    const alt = image.alt.trim();
    if (image.editing)
      chain()
        .updateAttributes("image", { alt: alt || null })
        .run();
    else if (isMediaImageSrc(image.src))
      chain()
        .setImage(alt ? { src: image.src, alt } : { src: image.src })
        .run();
    else return;
    setImage(null);
  };

  return (
    <div style={{ border: "1px solid #d9d9d9", borderRadius: 8 }}>
      {!props.readOnly && (
        <Flex
          role="toolbar"
          aria-label="正文格式"
          wrap
          gap={4}
          style={{ padding: 6, borderBottom: "1px solid #f0f0f0" }}
        >
          <ToolButton label="加粗" active={state.bold} onClick={() => chain().toggleBold().run()}>
            <BoldOutlined />
          </ToolButton>
          <ToolButton label="斜体" active={state.italic} onClick={() => chain().toggleItalic().run()}>
            <ItalicOutlined />
          </ToolButton>
          <Divider orientation="vertical" />
          <ToolButton
            label="二级标题"
            active={state.h2}
            onClick={() => chain().toggleHeading({ level: 2 }).run()}
          >
            H2
          </ToolButton>
          <ToolButton
            label="三级标题"
            active={state.h3}
            onClick={() => chain().toggleHeading({ level: 3 }).run()}
          >
            H3
          </ToolButton>
          <ToolButton label="无序列表" active={state.bullet} onClick={() => chain().toggleBulletList().run()}>
            <UnorderedListOutlined />
          </ToolButton>
          <ToolButton
            label="有序列表"
            active={state.ordered}
            onClick={() => chain().toggleOrderedList().run()}
          >
            <OrderedListOutlined />
          </ToolButton>
          <ToolButton label="引用" active={state.quote} onClick={() => chain().toggleBlockquote().run()}>
            “”
          </ToolButton>
          <Divider orientation="vertical" />
          <ToolButton
            label="链接"
            active={state.link}
            onClick={() => {
              const current = editor.getAttributes("link").href;
              setUrl(typeof current === "string" ? current : "");
              setPrompt({ kind: "link", initial: "" });
            }}
          >
            <LinkOutlined />
          </ToolButton>
          <ToolButton
            label="插入图片"
            onClick={() => setImage({ editing: false, src: "", name: "", alt: "" })}
          >
            <PictureOutlined />
          </ToolButton>
          {state.image && (
            <ToolButton
              label="图片替代文本"
              onClick={() => {
                const attributes = editor.getAttributes("image");
                setImage({
                  editing: true,
                  src: typeof attributes.src === "string" ? attributes.src : "",
                  name: "",
                  alt: typeof attributes.alt === "string" ? attributes.alt : "",
                });
              }}
            >
              <FileImageOutlined />
            </ToolButton>
          )}
        </Flex>
      )}
      <EditorContent editor={editor} style={{ minHeight: 320, padding: "4px 12px" }} />
      <Modal
        title="设置链接"
        open={prompt !== null}
        okText="确定"
        cancelText="取消"
        onOk={applyUrl}
        onCancel={() => setPrompt(null)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label="链接地址（留空则移除链接）" extra="以 http://、https://、/ 或 mailto: 开头">
            <Input
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              placeholder="https://"
              onPressEnter={applyUrl}
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={image?.editing ? "图片替代文本" : "插入图片"}
        open={image !== null}
        okText="确定"
        cancelText="取消"
        okButtonProps={{ disabled: !image?.editing && !image?.src }}
        onOk={applyImage}
        onCancel={() => setImage(null)}
        destroyOnHidden
      >
        <Form layout="vertical">
          {image && !image.editing && (
            <Form.Item label="图片">
              <Flex vertical gap={8} align="start">
                {image.src && <Typography.Text>{image.name}</Typography.Text>}
                {props.siteId ? (
                  <Button onClick={() => setPicking(true)}>
                    {image.src ? "更换图片" : "从资源库选择或上传图片"}
                  </Button>
                ) : (
                  <Typography.Text type="secondary">请先在页头选择站点</Typography.Text>
                )}
                <Alert
                  type="info"
                  showIcon
                  title="只能插入资源库中的图片"
                  description="网站不显示其他网址的图片（会被网站的安全策略拦截）：请先把图片保存到本机，再在资源库中上传。"
                />
              </Flex>
            </Form.Item>
          )}
          <Form.Item
            label="替代文本（供读屏软件朗读）"
            extra="简要说明图片内容，如：市总工会召开工作会议现场；看不到图片的读者靠它了解图片"
          >
            <Input
              aria-label="替代文本（供读屏软件朗读）"
              value={image?.alt ?? ""}
              maxLength={200}
              onChange={(event) => {
                const alt = event.target.value;
                setImage((current) => (current ? { ...current, alt } : current));
              }}
              onPressEnter={applyImage}
            />
          </Form.Item>
        </Form>
      </Modal>
      {props.siteId && (
        <MediaPicker
          open={picking}
          siteId={props.siteId}
          kind="IMAGE"
          title="选择图片"
          onCancel={() => setPicking(false)}
          onPick={(assets) => {
            setPicking(false);
            const asset = assets[0];
            if (!asset) return;
            // The library keeps only a file name, which says nothing to a listener: the alt is typed here.
            setImage((current) =>
              current ? { ...current, src: `/media/${asset.id}`, name: asset.name } : current,
            );
          }}
        />
      )}
    </div>
  );
}
