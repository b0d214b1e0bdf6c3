import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseReport, DocumentError, readDocument } from './index';

// Reading uploads: the formats a report arrives in, and the bad input that must not crash.

const seed002 = fs.readFileSync(path.join(import.meta.dirname, 'testdata/seeds', fs.readdirSync(path.join(import.meta.dirname, 'testdata/seeds')).find((f) => f.startsWith('002'))!));

async function refused(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readDocument(name, bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return (err as Error).message;
  }
  throw new Error('expected the document to be refused');
}

describe('readDocument', () => {
  it('reads a UTF-8 text file and a GBK one', async () => {
    expect((await readDocument('r.txt', seed002)).text).toContain('深圳召开2024年深圳市知识产权工作会议');
    const gbk = Uint8Array.from([0xd6, 0xaa, 0xca, 0xb6, 0xb2, 0xfa, 0xc8, 0xa8]);
    expect((await readDocument('r.txt', gbk)).text).toBe('知识产权');
  });

  it('reads an HTML page: title, metadata date and the content block, without scripts or navigation', async () => {
    const html = `<!doctype html><html><head><title>徐州市召开知识产权强市建设工作会议 - 黄淮网</title><meta name="PubDate" content="2023-12-21 09:10"><script>var x = "<p>脚本</p>";</script></head>
      <body><nav>首页 | 新闻</nav><div class="content"><h1>徐州市召开知识产权强市建设工作会议</h1><p>12月20日上午，徐州市召开全市知识产权强市建设工作会议，徐州市人民政府副市长吴卫东出席会议。</p><p>90余人参加了会议。<br>会议要求各地加快推进。</p></div><footer>版权所有</footer></body></html>`;
    const doc = await readDocument('page.html', Buffer.from(html));
    expect(doc).toMatchObject({ format: 'html', title: '徐州市召开知识产权强市建设工作会议', publishDate: '2023-12-21' });
    expect(doc.text).not.toMatch(/脚本|首页 \| 新闻|版权所有/);
    const r = analyseReport(doc.text, { publishDate: doc.publishDate, title: doc.title });
    expect(r.facts).toMatchObject({ eventDate: '2023-12-20', attendeeCount: 90, region: { code: '320300' } });
  });

  it('reads a government page whose 发布时间 line sits outside the content block', async () => {
    const doc = await readDocument('gov-page.html', fs.readFileSync(path.join(import.meta.dirname, 'testdata/gov-page.html')));
    const r = analyseReport(doc.text, { publishDate: doc.publishDate, title: doc.title });
    expect(r.cleanedText).not.toMatch(/当前位置|ICP|主办单位|字号/);
    expect(r.facts).toMatchObject({ title: '南山区召开知识产权工作推进会', publishDate: '2024-05-10', eventDate: '2024-05-09', region: { code: '440305' }, attendeeCount: 60, agreements: ['知识产权质押融资战略合作协议'] });
    expect(r.facts.people).toEqual([
      { name: '刘丹', title: '区委常委、副区长' },
      { name: '陈敏', title: '区市场监管局局长' },
    ]);
  });

  it('reads broken HTML without failing', async () => {
    const doc = await readDocument('broken.html', Buffer.from('<div><p>深圳市坪山区召开知识产权峰会<p>40余人参加<table><tr><td>未闭合'));
    expect(doc.text).toContain('深圳市坪山区召开知识产权峰会');
    expect(analyseReport(doc.text).facts.attendeeCount).toBe(40);
  });

  it('reads a Word document', async () => {
    // A minimal .docx built by hand: [Content_Types].xml, the relationship and document.xml, stored uncompressed.
    const docx = buildDocx('坪山区召开知识产权峰会', '4月26日下午，2022年坪山区知识产权峰会成功举办。');
    const doc = await readDocument('report.docx', docx);
    expect(doc.format).toBe('docx');
    expect(doc.text).toContain('2022年坪山区知识产权峰会成功举办');
  });

  it('refuses an empty file, a binary file, a 50 MB file, a corrupt .docx and other formats, with a clear reason', async () => {
    expect(await refused('empty.txt', new Uint8Array())).toBe('文件是空的');
    expect(await refused('blanks.txt', Buffer.from(' \n\t\n'))).toBe('文件中没有文字内容');
    expect(await refused('program.txt', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]))).toBe('文件内容不是文本（可能是二进制文件）');
    expect(await refused('huge.txt', Buffer.alloc(50 * 1024 * 1024, 0x41))).toBe('文件过大（50.0 MB），最大 5 MB');
    expect(await refused('fake.docx', Buffer.from('PK not really a zip'))).toBe('无法读取 Word 文档（文件可能已损坏）');
    expect(await refused('text.docx', Buffer.from('plain text'))).toBe('文件内容不是 Word (.docx) 文档');
    expect(await refused('scan.pdf', Buffer.from('%PDF-1.4'))).toBe('不支持的文件类型「.pdf」，可上传 .txt、.html 或 .docx');
    expect(await refused('latin1.txt', Uint8Array.from([0xe9, 0x74, 0xe9, 0x20, 0xff, 0xfe, 0x81]))).toMatch(/无法识别文件编码|不是文本/);
  });
});

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** A stored (uncompressed) zip holding a one-paragraph-per-line Word document. */
function buildDocx(...paragraphs: string[]): Buffer {
  const files: [string, string][] = [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.from(content);
    const nameBuf = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const centralBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBuf, end]);
}
