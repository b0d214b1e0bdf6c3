import type { paths } from '../../../app/api-types';

/** A file uploaded through POST /platform/files, as the server answers it; the evidence lists show its name and send its id. */
export type StoredFile = paths['/platform/files']['post']['responses'][201]['content']['application/json'];
