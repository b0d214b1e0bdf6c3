/** A file uploaded through POST /api/v1/platform/files, as the evidence list keeps it. */
export interface StoredFileRef {
  id: string;
  name: string;
  size: number;
}
