// The text of uploaded documents (Word .docx, PDF with a text layer, plain text), extracted once at upload so
// the text check can read attachments without opening files on every check. A scanned PDF has no text layer
// and yields "" (nothing to check); a file that cannot be read yields null.
import mammoth from "mammoth";
import { extractText } from "unpdf";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** Enough for any real attachment; bounds what one check reads. */
export const MAX_EXTRACTED_CHARS = 1_000_000;

export async function extractDocumentText(bytes: Buffer, mimeType: string): Promise<string | null> {
  try {
    let text: string;
    if (mimeType === DOCX) text = (await mammoth.extractRawText({ buffer: bytes })).value;
    else if (mimeType === "application/pdf")
      text = (await extractText(new Uint8Array(bytes), { mergePages: true })).text;
    else if (mimeType === "text/plain") text = bytes.toString("utf8");
    else return null;
    return text.replaceAll("\u0000", "").slice(0, MAX_EXTRACTED_CHARS);
  } catch {
    return null;
  }
}
