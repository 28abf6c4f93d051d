import { apiResponse } from '@/lib/api-client';
import { FILES_PATH } from './upload-file';

/** GET /api/v1/files/{id} with the bearer token → the content as a blob (for a blob: URL). */
export async function fetchFile(id: string, signal?: AbortSignal): Promise<Blob> {
  const response = await apiResponse(`${FILES_PATH}/${encodeURIComponent(id)}`, {
    headers: { Accept: '*/*' },
    ...(signal ? { signal } : {}),
  });
  return response.blob();
}
