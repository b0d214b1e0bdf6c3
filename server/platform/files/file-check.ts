import { fileTypeFromBuffer } from 'file-type';
import { fieldError } from '../errors';

// What each accepted extension must really be: the detected type, or UTF-8 text for text formats.
const BINARY: Record<string, { mime: string; detected: string[] }> = {
  pdf: { mime: 'application/pdf', detected: ['pdf'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', detected: ['docx'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', detected: ['xlsx'] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', detected: ['pptx'] },
  doc: { mime: 'application/msword', detected: ['cfb'] },
  xls: { mime: 'application/vnd.ms-excel', detected: ['cfb'] },
  ofd: { mime: 'application/ofd', detected: ['zip'] },
  zip: { mime: 'application/zip', detected: ['zip'] },
  jpg: { mime: 'image/jpeg', detected: ['jpg'] },
  jpeg: { mime: 'image/jpeg', detected: ['jpg'] },
  png: { mime: 'image/png', detected: ['png'] },
  gif: { mime: 'image/gif', detected: ['gif'] },
  webp: { mime: 'image/webp', detected: ['webp'] },
};
const TEXT: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
};

export const ACCEPTED_EXTENSIONS = [...Object.keys(BINARY), ...Object.keys(TEXT)];

export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/** True when the bytes decode as UTF-8 text without NUL characters. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks that a file is what its extension says and answers its MIME type. A mismatch (a renamed
 * executable, a binary called .txt) is refused with a 400 naming `field`.
 */
export async function checkFileType(name: string, bytes: Uint8Array, allowed: readonly string[] = ACCEPTED_EXTENSIONS, field = 'file'): Promise<string> {
  const ext = extensionOf(name);
  if (!ext || !allowed.includes(ext)) throw fieldError(field, `不支持的文件类型「${ext ? '.' + ext : '无扩展名'}」，可上传：${allowed.map((e) => '.' + e).join(' ')}`);
  if (bytes.length === 0) throw fieldError(field, '文件是空的');
  const text = TEXT[ext];
  if (text) {
    if (!isUtf8Text(bytes)) throw fieldError(field, `文件内容不是 UTF-8 文本，与扩展名 .${ext} 不符`);
    return text;
  }
  const spec = BINARY[ext];
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !spec.detected.includes(detected.ext)) {
    throw fieldError(field, `文件内容${detected ? `是 .${detected.ext}` : '无法识别'}，与扩展名 .${ext} 不符`);
  }
  return spec.mime;
}
