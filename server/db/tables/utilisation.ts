import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
/** Money in fen: bigint columns come back as numbers (the shared type parser). */
type Fen = number;
/** A text column with a default in the schema: optional on insert. */
type Defaulted = ColumnType<string, string | undefined, string>;

/** A configurable rule of open licences (a cap, a minimum, a rate, a period) with the source it is quoted from. */
export interface UtilisationRuleTable {
  code: string;
  name: string;
  value: number;
  unit: string;
  source: string;
  citation: string;
  position: number;
  updated_at: Instant;
}

/** A patent declared for open licence (专利法 arts. 50–52) with its terms; withdrawn declarations are kept. */
export interface UtilisationDeclarationTable {
  id: Generated<string>;
  region_code: string;
  holder_org_id: string;
  holder_name: string;
  holder_kind: string;
  patent_no: string;
  patent_type: string;
  title: string;
  main_ipc: string;
  field: string;
  grant_date: string | null;
  expiry_date: string;
  evaluation_report_no: string | null;
  pay_kind: string;
  rate_bp: number | null;
  lump_sum_fen: Fen | null;
  term_from: string;
  term_to: string;
  field_of_use: string | null;
  annual_fee_fen: Fen;
  status: Defaulted;
  declared_on: string;
  withdrawn_on: string | null;
  withdraw_reason: string | null;
  search_text: string;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** An enterprise's application to take an open licence, and the holder's answer. */
export interface UtilisationApplicationTable {
  id: Generated<string>;
  declaration_id: string;
  applicant_org_id: string;
  applicant_name: string;
  applicant_region: string;
  intended_use: string;
  status: Defaulted;
  applied_on: string;
  reply_due_on: string;
  decided_on: string | null;
  decision_note: string | null;
  transfer_id: string | null;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** An assignment or licence of a patent or trademark, with its parties, amount and date. */
export interface UtilisationTransferTable {
  id: Generated<string>;
  deal_kind: string;
  licence_kind: string | null;
  right_kind: string;
  right_no: string;
  right_title: string | null;
  industry: string | null;
  from_name: string;
  from_org_id: string | null;
  from_kind: string;
  from_region: string | null;
  to_name: string;
  to_org_id: string | null;
  to_kind: string;
  to_region: string | null;
  amount_fen: Fen;
  contract_no: string | null;
  effective_on: string;
  licence_to: string | null;
  source: string;
  declaration_id: string | null;
  created_by: string | null;
  created_at: Instant;
}

/** A geographical-indication product with its protected area (region codes) and standard. */
export interface UtilisationGiTable {
  id: Generated<string>;
  region_code: string;
  name: string;
  gi_no: string | null;
  product_kind: string;
  protected_area: string[];
  area_note: string | null;
  standard: string;
  applicant: string;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** An enterprise authorised to use a GI's special mark, with its last annual check. */
export interface UtilisationGiUserTable {
  id: Generated<string>;
  gi_id: string;
  org_id: string;
  org_name: string;
  region_code: string;
  site: string;
  status: Defaulted;
  authorised_on: string;
  last_check_year: number | null;
  last_check_result: string | null;
  last_check_note: string | null;
  revoked_on: string | null;
  revoke_reason: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** A trademark brand cultivation programme of a region. */
export interface UtilisationBrandProgrammeTable {
  id: Generated<string>;
  region_code: string;
  name: string;
  year: number;
  goal: string;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** An enterprise taking part in a brand programme, with the result recorded. */
export interface UtilisationBrandParticipantTable {
  id: Generated<string>;
  programme_id: string;
  org_id: string;
  org_name: string;
  brand: string;
  result: string | null;
  joined_on: string;
  updated_at: Instant;
}

export interface UtilisationTables {
  utilisation_rule: UtilisationRuleTable;
  utilisation_declaration: UtilisationDeclarationTable;
  utilisation_application: UtilisationApplicationTable;
  utilisation_transfer: UtilisationTransferTable;
  utilisation_gi: UtilisationGiTable;
  utilisation_gi_user: UtilisationGiUserTable;
  utilisation_brand_programme: UtilisationBrandProgrammeTable;
  utilisation_brand_participant: UtilisationBrandParticipantTable;
}
