import type { FastifyReply, FastifyRequest } from 'fastify';
import '@fastify/multipart';
import type { FieldError } from '../../../common/errors';
import { textProblem } from '../../../common/fields';
import { Limits } from '../../../common/limits';
import { fieldError, fieldErrors } from '../errors';

/** Sends bytes as a download with a UTF-8 file name (Chinese names survive every browser). */
export function sendDownload(reply: FastifyReply, file: { name: string; mime: string; bytes: Buffer }, inline = false) {
  const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .header('content-type', file.mime)
    .header(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends an Excel workbook as a download. */
export function sendXlsx(reply: FastifyReply, name: string, bytes: Buffer) {
  return sendDownload(reply, { name: name.endsWith('.xlsx') ? name : `${name}.xlsx`, mime: XLSX_MIME, bytes });
}

export interface Upload {
  name: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

/** Reads a multipart request holding one file (field `file`) and optional text fields. */
export async function readUpload(request: FastifyRequest, maxBytes: number = Limits.uploadBytesMax): Promise<Upload> {
  if (!request.isMultipart()) throw fieldError('file', '请以表单 (multipart/form-data) 上传文件');
  const fields: Record<string, string> = {};
  let upload: { name: string; bytes: Buffer } | null = null;
  for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1 } })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw fieldError('file', `文件过大，最大 ${Math.round(maxBytes / 1024 / 1024)} MB`);
      upload = { name: part.filename, bytes };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!upload) throw fieldError('file', '请选择要上传的文件');
  // The JSON guard cannot see inside a form, so its text fields and the file's name are checked here.
  const problems: FieldError[] = [];
  for (const [name, value] of [['file', upload.name], ...Object.entries(fields)]) {
    const problem = textProblem(name) ?? textProblem(value);
    if (problem) problems.push({ field: name, message: name === 'file' ? `文件名${problem}` : problem });
  }
  if (problems.length) throw fieldErrors(problems);
  return { ...upload, fields };
}
