import { apiClient } from '@/lib/api-client';
import { asRecord, incomplete, optionalString } from '@/lib/parse';

export interface StoredFile {
  id: string;
  name: string;
  contentType: string;
}

export const FILES_PATH = '/api/v1/files';

/**
 * POST /api/v1/files (multipart `file`, field `purpose`) → 201 with the stored file
 * (permission files.upload). The server checks the content, not the name.
 */
export async function uploadFile(file: File, purpose: string): Promise<StoredFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('purpose', purpose);
  const body = asRecord(await apiClient.post<unknown>(FILES_PATH, form));
  const id = body['id'];
  if (typeof id !== 'string' || id === '') throw incomplete('file');
  return {
    id,
    name: optionalString(body['name']),
    contentType: optionalString(body['contentType']),
  };
}
