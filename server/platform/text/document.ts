import { load } from 'cheerio';
import mammoth from 'mammoth';
import { parseLooseDate } from './dates';

// Reading an uploaded report (.txt, .html, .docx) into plain text. Anything else, an empty or
// binary file, or one too large, is refused with a message a user understands.

export const DOCUMENT_EXTENSIONS = ['txt', 'html', 'htm', 'docx'] as const;
export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
/** The longest text the toolkit analyses (a report is a few thousand characters). */
export const TEXT_MAX_CHARS = 500_000;

/** Why a document could not be read; the message is for the user (Chinese). */
export class DocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentError';
  }
}

export interface ReadDocument {
  text: string;
  /** From the page (<h1> or <title>), when it had one. */
  title: string | null;
  /** From the page's metadata (PubDate, article:published_time), when it had one. */
  publishDate: string | null;
  format: 'txt' | 'html' | 'docx';
}

function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.05;
}

/** Decodes text as UTF-8, or as GBK/GB18030 (common on Chinese government sites). */
export function decodeText(bytes: Uint8Array): string {
  if (looksBinary(bytes)) throw new DocumentError('文件内容不是文本（可能是二进制文件）');
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      // try the next encoding
    }
  }
  throw new DocumentError('无法识别文件编码（应为 UTF-8 或 GBK）');
}

const META_LINE = /(?:发布时间|发布日期|发稿时间|来源|信息来源|文章来源)\s*[:：]/;
const CONTENT_SELECTORS = ['article', '.TRS_Editor', '#zoom', '.zoom', '.article', '.article-content', '.content', '#content', '.main', 'main'];
const META_DATE = ['meta[name="PubDate"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="PublishDate"]', 'meta[property="article:published_time"]', 'meta[name="firstpublishedtime"]'];

/** The readable text of an HTML page, one block per line, with its title and publish date. */
export function htmlToText(html: string): { text: string; title: string | null; publishDate: string | null } {
  const $ = load(html);
  let publishDate: string | null = null;
  for (const sel of META_DATE) {
    const v = $(sel).attr('content');
    if (v && (publishDate = parseLooseDate(v))) break;
  }
  const title = ($('h1').first().text().trim() || $('title').text().trim().split(/\s*[-_|｜—]\s*/)[0] || '').trim() || null;
  $('script, style, noscript, iframe, svg, form, button, select, input, nav, header, footer').remove();
  $('br').replaceWith('\n');
  $('p, div, li, h1, h2, h3, h4, h5, h6, tr, section, article, table, blockquote').each((_, el) => {
    $(el).append('\n');
  });
  let rootText: string | null = null;
  for (const sel of CONTENT_SELECTORS) {
    const el = $(sel).first();
    if (el.length && el.text().replace(/\s+/g, '').length > 100) {
      rootText = el.text();
      break;
    }
  }
  const lines = (t: string) =>
    t
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter(Boolean);
  const pageLines = lines($('body').length ? $('body').text() : $.root().text());
  let text = (rootText === null ? pageLines : lines(rootText)).join('\n');
  // The 发布时间 / 来源 line often sits just outside the content block: bring it along as metadata.
  if (rootText !== null) {
    const meta = pageLines.filter((l) => l.length <= 160 && META_LINE.test(l) && !text.includes(l)).slice(0, 2);
    if (meta.length) text = `${meta.join('\n')}\n${text}`;
  }
  // The content block often leaves out the heading: put it back as the first line.
  const withTitle = title && !text.slice(0, 200).includes(title) ? `${title}\n${text}` : text;
  return { text: withTitle, title, publishDate };
}

/** Reads an uploaded report into text; refuses what it cannot read with a DocumentError. */
export async function readDocument(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  const ext = extensionOf(name);
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new DocumentError(`不支持的文件类型「${ext ? '.' + ext : '无扩展名'}」，可上传 .txt、.html 或 .docx`);
  }
  if (bytes.length === 0) throw new DocumentError('文件是空的');
  if (bytes.length > DOCUMENT_MAX_BYTES) throw new DocumentError(`文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），最大 ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB`);
  let doc: ReadDocument;
  if (ext === 'docx') {
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocumentError('文件内容不是 Word (.docx) 文档');
    let value: string;
    try {
      value = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    } catch {
      throw new DocumentError('无法读取 Word 文档（文件可能已损坏）');
    }
    doc = { text: value.replace(/\n{2,}/g, '\n'), title: null, publishDate: null, format: 'docx' };
  } else if (ext === 'html' || ext === 'htm') {
    doc = { ...htmlToText(decodeText(bytes)), format: 'html' };
  } else {
    doc = { text: decodeText(bytes), title: null, publishDate: null, format: 'txt' };
  }
  if (!doc.text.trim()) throw new DocumentError('文件中没有文字内容');
  if (doc.text.length > TEXT_MAX_CHARS) throw new DocumentError(`文字过长（${doc.text.length} 字），最多 ${TEXT_MAX_CHARS} 字`);
  return doc;
}
