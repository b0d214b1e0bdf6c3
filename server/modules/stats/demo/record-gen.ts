import { csvField } from '../../../db/bulk';
import { KINDS } from '../import/domain/kinds';
import { applicationNoCheck } from '../import/domain/parse';
import type { Rng } from './rng';

/** A patent as stored (pledge in fen). */
export interface PatentRecord {
  application_no: string;
  patent_type: 'invention' | 'utilityModel' | 'design';
  title: string;
  application_date: string;
  grant_date: string | null;
  legal_status: string;
  status_date: string | null;
  holder_name: string;
  holder_kind: string;
  region_code: string | null;
  main_ipc: string | null;
  sei_code: string | null;
  overseas_family: boolean;
  pledge_amount: number | null;
  award: string | null;
}

export interface TrademarkRecord {
  registration_no: string;
  nice_class: number;
  mark_name: string;
  holder_name: string;
  holder_kind: string;
  region_code: string | null;
  registration_date: string;
  status: string;
  status_date: string | null;
  madrid: boolean;
}

export interface PctRecord {
  pct_no: string;
  filing_date: string;
  applicant_name: string;
  holder_kind: string;
  region_code: string | null;
  main_ipc: string | null;
  title: string;
}

const TYPE_DIGIT = { invention: 1, utilityModel: 2, design: 3 } as const;

/** Hands out unique application numbers (year + type + serial + check digit) and other record numbers. */
export class Numberer {
  private serials = new Map<string, number>();
  private tm = 60_000_000;

  patent(year: number, type: PatentRecord['patent_type']): string {
    const key = `${year}${TYPE_DIGIT[type]}`;
    const n = (this.serials.get(key) ?? 0) + 1;
    this.serials.set(key, n);
    const digits = `${key}${String(n).padStart(7, '0')}`;
    return `${digits}.${applicationNoCheck(digits)}`;
  }
  trademark(): string {
    return String(++this.tm);
  }
  pct(year: number): string {
    const key = `pct${year}`;
    const n = (this.serials.get(key) ?? 0) + 1;
    this.serials.set(key, n);
    return `PCT/CN${year}/${String(n).padStart(6, '0')}`;
  }
}

const WORDS = ['华', '创', '智', '新', '科', '达', '信', '源', '鹏', '腾', '迅', '芯', '联', '恒', '立', '远', '光', '海', '德', '天', '瑞', '宏', '嘉', '卓'];
const TRADES = ['电子', '科技', '智能', '新能源', '生物医药', '材料', '通信', '精密', '软件', '光电', '装备', '半导体'];
const OBJECTS = ['锂电池正极材料', '图像处理', '无线通信', '无人机控制', '半导体封装', '数据传输', '显示面板', '基因检测', '储能系统', '机器人关节', '芯片散热', '视频编码'];
const SUFFIX = ['方法', '装置', '系统', '及其制备方法', '电路', '设备'];
const IPC = ['H04L 5/00', 'H04W 72/04', 'G06F 16/00', 'G06T 7/00', 'H01M 4/525', 'H01L 23/367', 'B64C 39/02', 'A61K 31/00', 'C12Q 1/68', 'G02F 1/1333', 'H02J 7/00', 'B25J 9/16'];
const SEI = ['1.1.1', '1.2.1', '1.3.1', '2.1.1', '3.1.2', '4.1.1', '4.3.1', '5.2.1', '6.1.1', '7.1.1'];

/** A made-up company name in a city. */
export function holderName(rng: Rng, city: string): string {
  return `${city}${rng.pick(WORDS)}${rng.pick(WORDS)}${rng.pick(TRADES)}有限公司`;
}
export function patentTitle(rng: Rng, type: PatentRecord['patent_type']): string {
  return type === 'design' ? `${rng.pick(OBJECTS)}外壳（${rng.int(1, 9)}）` : `一种${rng.pick(OBJECTS)}${rng.pick(SUFFIX)}`;
}
export const randomIpc = (rng: Rng) => rng.pick(IPC);
export const randomSei = (rng: Rng) => rng.pick(SEI);

const PATENT_FIELDS = KINDS.patent.fields.map((f) => f.column) as (keyof PatentRecord)[];
const TRADEMARK_FIELDS = KINDS.trademark.fields.map((f) => f.column) as (keyof TrademarkRecord)[];
const PCT_FIELDS = KINDS.pct.fields.map((f) => f.column) as (keyof PctRecord)[];

/** The COPY line of a stored record (columns in the import order; written out for speed, the demo makes half a million). */
export function patentCopyLine(r: PatentRecord): string {
  const f = csvField;
  return `${f(r.application_no)},${r.patent_type},${f(r.title)},${r.application_date},${r.grant_date ?? ''},${r.legal_status},${r.status_date ?? ''},${f(r.holder_name)},${r.holder_kind},${r.region_code ?? ''},${f(r.main_ipc)},${f(r.sei_code)},${r.overseas_family ? 't' : 'f'},${r.pledge_amount ?? ''},${r.award ?? ''}\n`;
}
if (PATENT_FIELDS.join() !== 'application_no,patent_type,title,application_date,grant_date,legal_status,status_date,holder_name,holder_kind,region_code,main_ipc,sei_code,overseas_family,pledge_amount,award') {
  throw new Error('patentCopyLine no longer matches the patent import columns');
}
export const trademarkCopyLine = (r: TrademarkRecord) => TRADEMARK_FIELDS.map((c) => csvField(r[c])).join(',') + '\n';
export const pctCopyLine = (r: PctRecord) => PCT_FIELDS.map((c) => csvField(r[c])).join(',') + '\n';
export const PATENT_COPY_COLUMNS = PATENT_FIELDS as string[];
export const TRADEMARK_COPY_COLUMNS = TRADEMARK_FIELDS as string[];
export const PCT_COPY_COLUMNS = PCT_FIELDS as string[];

/** The header of an import file of patents (the template's Chinese headers). */
export const PATENT_FILE_HEADER = KINDS.patent.fields.map((f) => f.header).join(',') + '\n';

/** A patent as a line of an import file: booleans as 是/否, the pledge in yuan. */
export function patentFileLine(r: PatentRecord): string {
  return (
    PATENT_FIELDS.map((c) => {
      const v = r[c];
      if (c === 'overseas_family') return v ? '是' : '否';
      if (c === 'pledge_amount') return v === null ? '' : String((v as number) / 100);
      return csvField(v);
    }).join(',') + '\n'
  );
}
