import http from 'node:http';

export interface PostAnswer {
  status: number;
  text: string;
}

/**
 * POSTs a JSON body over a keep-alive agent (node:http: less client CPU than fetch, which matters
 * when client and server share two cores). Rejects on a network error or after `timeoutMs`.
 */
export function postJson(
  url: URL,
  agent: http.Agent,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<PostAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error('request timed out')));
    request.on('error', reject);
    request.end(body);
  });
}
