// The page's one door to the server: GET a JSON route, or throw with the API's own error message.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export const enc = encodeURIComponent;

export type NodeType = 'Person' | 'Organization' | 'Place' | 'Meeting' | 'Document' | 'Article';

export interface NodeRef {
  id: string;
  type: NodeType;
  name: string;
}

export interface Ref {
  id: string;
  name: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}
