// Integration: the media library — upload with type detection by content, permissions, serving rules (drafts
// private, published public), where-used and deletion, on a real PostgreSQL and a temporary media directory.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docx } from "./fixtures/documents";
import { type Cast, ContentKit, cast, MUTATIONS, type Person } from "./testkit/content";

const kit = new ContentKit();
const unitA = randomUUID();
const unitB = randomUUID();
let siteA: { id: string; unitId: string; channelId: string };
let siteB: { id: string; unitId: string; channelId: string };
let a: Cast;
let b: Cast;
let mediaDir = "";
let png: Buffer;

interface UploadedAsset {
  id: string;
  kind: string;
  name: string;
  mimeType: string;
  size: number;
  width: number | null;
  height: number | null;
  url: string;
  thumbUrl: string | null;
}

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(tmpdir(), "jiyue-media-"));
  process.env.JIYUE_MEDIA_DIR = mediaDir;
  await kit.setup();
  siteA = await kit.site(unitA);
  siteB = await kit.site(unitB);
  a = await cast(kit, unitA);
  b = await cast(kit, unitB);
  png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#b00" } })
    .png()
    .toBuffer();
});
afterAll(async () => {
  await kit.teardown();
  await rm(mediaDir, { recursive: true, force: true });
});

async function upload(
  bytes: Buffer,
  name: string,
  who: Person | undefined,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("siteId", fields.siteId ?? siteA.id);
  if (fields.visibility) form.set("visibility", fields.visibility);
  form.set("file", new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(`${kit.content.url}/media`, {
    method: "POST",
    headers: who ? { authorization: `Bearer ${who.token}` } : {},
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as UploadedAsset & { error?: { code: string } },
  };
}

async function uploaded(bytes: Buffer, name: string, who: Person, fields: Record<string, string> = {}) {
  const result = await upload(bytes, name, who, fields);
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body;
}

function get(url: string, who?: Person) {
  return fetch(`${kit.content.url}${url}`, { headers: who ? { authorization: `Bearer ${who.token}` } : {} });
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

describe("upload: type by content, limits, permissions", () => {
  it("accepts a PNG, detects its type from the bytes and makes a thumbnail", async () => {
    const asset = await uploaded(png, "会场.png", a.editor);
    expect(asset).toMatchObject({
      kind: "IMAGE",
      name: "会场.png",
      mimeType: "image/png",
      width: 640,
      height: 480,
    });
    expect(asset.thumbUrl).toBe(`/media/${asset.id}/thumb`);
    const thumb = await get(asset.thumbUrl ?? "", a.editor);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    const size = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(Math.max(size.width ?? 0, size.height ?? 0)).toBe(320);
  });

  it("refuses a text file renamed .png, an SVG, HTML renamed .txt and an executable renamed .png", async () => {
    const text = await upload(Buffer.from("这只是一段文字"), "照片.png", a.editor);
    expect([text.status, text.body.error?.code]).toEqual([400, "TYPE_MISMATCH"]);
    const svg = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>`,
    );
    for (const name of ["图.svg", "图.png", "图.txt"]) {
      const result = await upload(svg, name, a.editor);
      expect([result.status, result.body.error?.code]).toEqual([400, "UNSUPPORTED_TYPE"]);
    }
    const html = await upload(
      Buffer.from("<!doctype html><html><body>hi</body></html>"),
      "说明.txt",
      a.editor,
    );
    expect([html.status, html.body.error?.code]).toEqual([400, "UNSUPPORTED_TYPE"]);
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(200, 1)]);
    exe.write("PE\0\0", 0x80, "latin1");
    exe.writeUInt32LE(0x80, 0x3c);
    const renamed = await upload(exe, "photo.png", a.editor);
    expect(renamed.status).toBe(400);
    expect(["UNSUPPORTED_TYPE", "TYPE_MISMATCH"]).toContain(renamed.body.error?.code);
    const list = await kit.ok<{ mediaAssets: { total: number; items: { name: string }[] } }>(
      `query($siteId: ID!) { mediaAssets(siteId: $siteId) { total items { name } } }`,
      { siteId: siteA.id },
      a.editor,
    );
    expect(list.mediaAssets.items.map((item) => item.name)).not.toContain("photo.png");
  });

  it("accepts plain text and PDF as files, refuses images over 10 MB", async () => {
    const txt = await uploaded(Buffer.from("通知全文\n第二行"), "通知.txt", a.editor);
    expect([txt.kind, txt.mimeType, txt.thumbUrl]).toEqual(["FILE", "text/plain", null]);
    const pdf = await uploaded(PDF, "文件.pdf", a.editor);
    expect(pdf.mimeType).toBe("application/pdf");
    const big = await upload(Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]), "大图.png", a.editor);
    expect([big.status, big.body.error?.code]).toEqual([413, "FILE_TOO_LARGE"]);
  });

  it("refuses anonymous uploads (401) and uploads to another unit's site (403)", async () => {
    const anonymous = await upload(png, "a.png", undefined);
    expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, "UNAUTHENTICATED"]);
    const other = await upload(png, "a.png", b.editor, { siteId: siteA.id });
    expect([other.status, other.body.error?.code]).toEqual([403, "FORBIDDEN"]);
    const reviewer = await upload(png, "a.png", a.r1);
    expect(reviewer.status).toBe(403);
  });
});

describe("serving: drafts private, published public", () => {
  it("serves a draft's image only to staff of its site, and to everyone once the article is published", async () => {
    const cover = await uploaded(png, "封面.png", a.editor);
    const inline = await uploaded(png, "正文图.png", a.editor);
    const file = await uploaded(PDF, "附件.pdf", a.editor);
    const created = await kit.ok<{ createArticle: { id: string; currentRevision: { id: string } } }>(
      MUTATIONS.create,
      {
        input: {
          siteId: siteA.id,
          content: {
            title: "带图片的稿件",
            channelId: siteA.channelId,
            body: `<p>正文</p><p><img src="/media/${inline.id}" alt="图"></p>`,
            coverImageId: cover.id,
            attachmentIds: [file.id],
          },
        },
      },
      a.editor,
    );
    const id = created.createArticle.id;
    for (const url of [
      `/media/${cover.id}`,
      `/media/${inline.id}`,
      `/media/${file.id}`,
      `/media/${cover.id}/thumb`,
    ]) {
      expect((await get(url)).status, url).toBe(401);
      expect((await get(url, b.editor)).status, url).toBe(404);
      const staff = await get(url, a.r1);
      expect(staff.status, url).toBe(200);
      expect(staff.headers.get("cache-control")).toContain("no-store");
    }
    const revision = await kit.ok<{
      article: { currentRevision: { attachments: { name: string; url: string }[] } };
    }>(
      `query($id: ID!) { article(id: $id) { currentRevision { attachments { name url } } } }`,
      { id },
      a.editor,
    );
    expect(revision.article.currentRevision.attachments).toEqual([
      { name: "附件.pdf", url: `/media/${file.id}` },
    ]);

    await kit.ok(MUTATIONS.submit, { id }, a.editor);
    for (const reviewer of [a.r1, a.r2, a.r3]) await kit.ok(MUTATIONS.approve, { id }, reviewer);
    // Approved but not yet published: still private.
    expect((await get(`/media/${cover.id}`)).status).toBe(401);
    await kit.ok(MUTATIONS.publish, { id }, a.r3);

    const image = await get(`/media/${inline.id}`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("x-content-type-options")).toBe("nosniff");
    expect(image.headers.get("cache-control")).toContain("public");
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);
    const attachment = await get(`/media/${file.id}`);
    expect(attachment.status).toBe(200);
    expect(attachment.headers.get("content-type")).toBe("application/pdf");
    expect(attachment.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect((await get(`/media/${cover.id}/thumb`)).status).toBe(200);

    const published = await kit.ok<{
      publishedArticle: { coverImageUrl: string; attachments: { name: string; url: string }[] };
    }>(`query($id: ID!) { publishedArticle(id: $id) { coverImageUrl attachments { name url } } }`, { id });
    expect(published.publishedArticle.coverImageUrl).toBe(`/media/${cover.id}`);
    expect(published.publishedArticle.attachments).toEqual([{ name: "附件.pdf", url: `/media/${file.id}` }]);

    // Where used, and deletion refused while used.
    const used = await kit.ok<{ mediaAsset: { usedBy: { id: string }[] } }>(
      `query($id: ID!) { mediaAsset(id: $id) { usedBy { id } } }`,
      { id: inline.id },
      a.editor,
    );
    expect(used.mediaAsset.usedBy.map((article) => article.id)).toEqual([id]);
    const refused = await kit.gql(
      `mutation($id: ID!) { deleteMediaAsset(id: $id) { id } }`,
      { id: cover.id },
      a.editor,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await get(`/media/${cover.id}`)).status).toBe(200);

    // Takedown: private again.
    await kit.ok(MUTATIONS.unpublish, { id, reason: "内容过时" }, a.r3);
    expect((await get(`/media/${inline.id}`)).status).toBe(401);
  });

  it("does not make another site's private asset public when an article cites its id", async () => {
    const foreign = await uploaded(png, "B站内部.png", b.editor, { siteId: siteB.id });
    const created = await kit.ok<{ createArticle: { id: string } }>(
      MUTATIONS.create,
      {
        input: {
          siteId: siteA.id,
          content: {
            title: "引用他站图片",
            channelId: siteA.channelId,
            body: `<p><img src="/media/${foreign.id}"></p>`,
          },
        },
      },
      a.editor,
    );
    const id = created.createArticle.id;
    await kit.ok(MUTATIONS.submit, { id }, a.editor);
    for (const reviewer of [a.r1, a.r2, a.r3]) await kit.ok(MUTATIONS.approve, { id }, reviewer);
    await kit.ok(MUTATIONS.publish, { id }, a.r3);
    expect((await get(`/media/${foreign.id}`)).status).toBe(401);
    expect((await get(`/media/${foreign.id}`, a.editor)).status).toBe(404);
  });

  it("refuses a cover or attachment the site may not use, and accepts a city-shared asset of another unit", async () => {
    const foreign = await uploaded(png, "B站私有.png", b.editor, { siteId: siteB.id });
    const create = (content: Record<string, unknown>) =>
      kit.gql(
        MUTATIONS.create,
        {
          input: {
            siteId: siteA.id,
            content: { title: "资源校验", channelId: siteA.channelId, body: "<p>正文</p>", ...content },
          },
        },
        a.editor,
      );
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const content of [
      { coverImageId: foreign.id },
      { attachmentIds: [missing] },
      { attachmentIds: [foreign.id] },
    ]) {
      const result = await create(content);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(content)).toBe("BAD_USER_INPUT");
    }
    const file = await uploaded(Buffer.from("会议纪要全文"), "会议纪要.txt", a.editor);
    const notImage = await create({ coverImageId: file.id });
    expect(notImage.errors?.[0]?.message).toContain("封面必须是图片");

    await kit.ok(
      `mutation($id: ID!) { updateMediaVisibility(id: $id, visibility: CITY) { id } }`,
      { id: foreign.id },
      b.editor,
    );
    const shared = await create({ coverImageId: foreign.id, attachmentIds: [file.id] });
    expect(shared.errors).toBeUndefined();
    const attachments = await kit.ok<{ article: { currentRevision: { attachments: { name: string }[] } } }>(
      `query($id: ID!) { article(id: $id) { currentRevision { attachments { name } } } }`,
      { id: (shared.data as { createArticle: { id: string } }).createArticle.id },
      a.editor,
    );
    expect(attachments.article.currentRevision.attachments).toEqual([{ name: "会议纪要.txt" }]);
  });

  it("checks the text of attached documents: a block-level term in a Word attachment stops the final approval", async () => {
    const notice = await uploaded(await docx(["关于深入推进扫黑险恶常态化的通知"]), "通知.docx", a.editor);
    const created = await kit.ok<{ createArticle: { id: string } }>(
      MUTATIONS.create,
      {
        input: {
          siteId: siteA.id,
          content: {
            title: "转发通知",
            channelId: siteA.channelId,
            body: "<p>详见附件。</p>",
            attachmentIds: [notice.id],
          },
        },
      },
      a.editor,
    );
    const id = created.createArticle.id;
    await kit.ok(MUTATIONS.submit, { id }, a.editor);
    const result = await kit.ok<{
      article: {
        checkResult: {
          findings: { field: string; attachmentName: string | null; text: string; severity: string }[];
        };
      };
    }>(
      `query($id: ID!) { article(id: $id) { checkResult { findings { field attachmentName text severity } } } }`,
      { id },
      a.r1,
    );
    expect(result.article.checkResult.findings).toContainEqual({
      field: "ATTACHMENT",
      attachmentName: "通知.docx",
      text: "扫黑险恶",
      severity: "BLOCK",
    });
    await kit.ok(MUTATIONS.approve, { id }, a.r1);
    await kit.ok(MUTATIONS.approve, { id }, a.r2);
    const final = await kit.gql(MUTATIONS.approve, { id }, a.r3);
    expect(final.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", refusal: "TEXTCHECK_BLOCKED" });
  });

  it("deletes an unused asset; it is gone afterwards", async () => {
    const asset = await uploaded(png, "多余.png", a.editor);
    const forbidden = await kit.gql(
      `mutation($id: ID!) { deleteMediaAsset(id: $id) { id } }`,
      { id: asset.id },
      b.editor,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await kit.ok(`mutation($id: ID!) { deleteMediaAsset(id: $id) { id } }`, { id: asset.id }, a.editor);
    expect((await get(`/media/${asset.id}`, a.editor)).status).toBe(404);
  });
});

describe("library listing and sharing", () => {
  const LIST = `query($siteId: ID!, $shared: Boolean, $kind: MediaKind, $search: String) {
    mediaAssets(siteId: $siteId, includeShared: $shared, kind: $kind, search: $search, limit: 100) {
      total items { id name kind visibility site { id } } } }`;
  type List = { mediaAssets: { total: number; items: { id: string; name: string; visibility: string }[] } };

  it("lists the site's own assets, and city-shared ones of other units only when asked; B cannot list A", async () => {
    const mine = await uploaded(png, "B站私有.png", b.editor, { siteId: siteB.id });
    const shared = await uploaded(png, "B站共享.png", b.editor, { siteId: siteB.id });
    await kit.ok(
      `mutation($id: ID!) { updateMediaVisibility(id: $id, visibility: CITY) { id visibility } }`,
      { id: shared.id },
      b.editor,
    );
    const own = await kit.ok<List>(LIST, { siteId: siteA.id }, a.editor);
    expect(own.mediaAssets.items.map((item) => item.id)).not.toContain(shared.id);
    const withShared = await kit.ok<List>(LIST, { siteId: siteA.id, shared: true }, a.editor);
    const ids = withShared.mediaAssets.items.map((item) => item.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(mine.id);
    // A may read (and therefore reuse) the shared asset, not B's private one.
    expect((await get(`/media/${shared.id}`, a.editor)).status).toBe(200);
    expect((await get(`/media/${mine.id}`, a.editor)).status).toBe(404);
    const images = await kit.ok<List>(LIST, { siteId: siteA.id, kind: "FILE", search: "附件" }, a.editor);
    expect(images.mediaAssets.items.map((item) => item.name)).toEqual(["附件.pdf"]);
    const foreign = await kit.gql(LIST, { siteId: siteA.id }, b.editor);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const changeForeign = await kit.gql(
      `mutation($id: ID!) { updateMediaVisibility(id: $id, visibility: PRIVATE) { id } }`,
      { id: shared.id },
      a.editor,
    );
    expect(changeForeign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
