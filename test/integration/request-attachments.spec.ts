import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enterpriseWith, type TestEnterprise } from '../support/placement-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MAX_BYTES = 64 * 1024;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(500)]);

const ATTACHMENTS = 'attachments { id name size contentType url mine }';
const FILE = `mutation ($input: RequestInput!) { fileRequest(input: $input) { id version } }`;
const MESSAGE = `mutation ($id: ID!, $body: String!, $internal: Boolean) {
  addRequestMessage(id: $id, body: $body, internal: $internal) { id } }`;
const GET = `query ($id: ID!) { request(id: $id) { status ${ATTACHMENTS} messages { id internal ${ATTACHMENTS} } } }`;

let api: TestApp;
let uploadDir: string;
let staff: { id: string; token: string };
let firm: TestEnterprise;
let other: TestEnterprise;

const file = async (who = firm): Promise<{ id: string; version: number }> => {
  const result = await api.gql(
    FILE,
    { input: { kind: 'PERMIT', subject: '环评批复材料', body: '请帮助核对附件中的环评材料' } },
    { token: who.token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.fileRequest;
};

const upload = async (path: string, content: Buffer, name: string, token?: string | null) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), name);
  const response = await fetch(`${api.url}${path}`, {
    method: 'POST',
    body: form,
    headers: { 'accept-language': 'zh-CN', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, any> | null };
};

const download = (id: string, token?: string | null) =>
  fetch(`${api.url}/files/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

const storedFiles = async (): Promise<string[]> =>
  (await readdir(uploadDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
const rowCount = async (): Promise<number> =>
  (await api.dataSource.query('SELECT count(*)::int AS n FROM stored_files'))[0].n;

beforeAll(async () => {
  uploadDir = await mkdtemp(join(tmpdir(), 'it-uploads-'));
  api = await startTestApp({ redis: false, env: { UPLOAD_DIR: uploadDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) } });
  staff = await api.userWithRole('BUREAU_STAFF');
  firm = await enterpriseWith(api);
  other = await enterpriseWith(api);
});
afterAll(() => api?.close());

describe('request attachments', () => {
  it('an enterprise attaches a PDF; staff download it; another enterprise gets 404', async () => {
    const request = await file();
    const sent = await upload(`/files/request/${request.id}`, PDF, '环评/../批复:最终 版.pdf', firm.token);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ name: '批复最终 版.pdf', size: PDF.length, contentType: 'application/pdf' });

    const seen = (await api.gql(GET, { id: request.id }, { token: firm.token })).data!.request;
    expect(seen.attachments).toEqual([
      {
        id: sent.body!.id,
        name: '批复最终 版.pdf',
        size: PDF.length,
        contentType: 'application/pdf',
        url: `/files/${sent.body!.id}`,
        mine: true,
      },
    ]);

    const byStaff = await download(sent.body!.id, staff.token);
    expect(byStaff.status).toBe(200);
    expect(byStaff.headers.get('content-type')).toBe('application/pdf');
    expect(byStaff.headers.get('x-content-type-options')).toBe('nosniff');
    expect(byStaff.headers.get('content-disposition')).toBe(
      `attachment; filename="____ _.pdf"; filename*=UTF-8''${encodeURIComponent('批复最终 版.pdf')}`,
    );
    expect(Buffer.from(await byStaff.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await download(sent.body!.id, firm.token)).status).toBe(200);

    const byOther = await download(sent.body!.id, other.token);
    expect(byOther.status).toBe(404);
    expect(await byOther.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await upload(`/files/request/${request.id}`, PDF, 'x.pdf', other.token)).status).toBe(404);
    // the stored name is random, never the client's
    expect(await storedFiles()).not.toContain('批复最终 版.pdf');
  });

  it('refuses a file over the limit with 413 and keeps nothing', async () => {
    const request = await file();
    const [rowsBefore, filesBefore] = [await rowCount(), (await storedFiles()).length];
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]);
    const sent = await upload(`/files/request/${request.id}`, big, '扫描件.pdf', firm.token);
    expect(sent.status).toBe(413);
    expect(sent.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file' }] });
    expect(sent.body!.message).toContain('0.1 MB');
    expect(await rowCount()).toBe(rowsBefore);
    expect(await storedFiles()).toHaveLength(filesBefore);
  });

  it('refuses an executable named .pdf by its content (415) and keeps nothing', async () => {
    const request = await file();
    const [rowsBefore, filesBefore] = [await rowCount(), (await storedFiles()).length];
    const sent = await upload(`/files/request/${request.id}`, EXE, '营业执照.pdf', firm.token);
    expect(sent.status).toBe(415);
    expect(sent.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file' }] });
    expect(sent.body!.message).toContain('PDF');
    expect(await rowCount()).toBe(rowsBefore);
    expect(await storedFiles()).toHaveLength(filesBefore);
  });

  it('keeps an internal note’s attachment from the enterprise', async () => {
    const request = await file();
    const note = (
      await api.gql(MESSAGE, { id: request.id, body: '内部：核查记录', internal: true }, { token: staff.token })
    ).data!.addRequestMessage;
    const sent = await upload(`/files/request-message/${note.id}`, PDF, '核查记录.pdf', staff.token);
    expect(sent.status).toBe(201);

    const forStaff = (await api.gql(GET, { id: request.id }, { token: staff.token })).data!.request;
    expect(forStaff.messages[0]).toMatchObject({ internal: true, attachments: [{ name: '核查记录.pdf' }] });
    const forFirm = (await api.gql(GET, { id: request.id }, { token: firm.token })).data!.request;
    expect(forFirm.messages).toEqual([]);
    expect((await download(sent.body!.id, firm.token)).status).toBe(404);
    // nor may the enterprise attach to a note, or staff to the enterprise's request
    expect((await upload(`/files/request-message/${note.id}`, PDF, 'x.pdf', firm.token)).status).toBe(404);
    expect((await upload(`/files/request/${request.id}`, PDF, 'x.pdf', staff.token)).status).toBe(403);
  });

  it('an answer’s attachment reaches the enterprise; only the uploader removes a file, while the request is open', async () => {
    const request = await file();
    const answer = (await api.gql(MESSAGE, { id: request.id, body: '请参考附件模板' }, { token: staff.token })).data!
      .addRequestMessage;
    const sent = await upload(`/files/request-message/${answer.id}`, PDF, '模板.pdf', staff.token);
    const forFirm = (await api.gql(GET, { id: request.id }, { token: firm.token })).data!.request;
    expect(forFirm.messages[0].attachments).toMatchObject([{ name: '模板.pdf', mine: false }]);
    expect((await download(sent.body!.id, firm.token)).status).toBe(200);

    const remove = (id: string, token: string) =>
      fetch(`${api.url}/files/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect((await remove(sent.body!.id, firm.token)).status).toBe(403);
    expect((await remove(sent.body!.id, staff.token)).status).toBe(204);
    expect((await download(sent.body!.id, staff.token)).status).toBe(404);

    const mine = await upload(`/files/request/${request.id}`, PDF, '补充.pdf', firm.token);
    const read = await api.gql(
      'query ($id: ID!) { request(id: $id) { version } }',
      { id: request.id },
      { token: staff.token },
    );
    await api.gql(
      'mutation ($id: ID!, $v: Int!) { resolveRequest(id: $id, version: $v) { id } }',
      {
        id: request.id,
        v: read.data!.request.version,
      },
      { token: staff.token },
    );
    const late = await remove(mine.body!.id, firm.token);
    expect(late.status).toBe(400);
    expect((await download(mine.body!.id, firm.token)).status).toBe(200);
  });

  it('refuses anyone without a valid token', async () => {
    const request = await file();
    const sent = await upload(`/files/request/${request.id}`, PDF, 'a.pdf', firm.token);
    expect((await upload(`/files/request/${request.id}`, PDF, 'a.pdf', null)).status).toBe(401);
    expect((await upload(`/files/request/${request.id}`, PDF, 'a.pdf', 'not-a-token')).status).toBe(401);
    const anonymous = await download(sent.body!.id, null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await download('not-a-uuid', staff.token)).status).toBe(404);
  });

  it('asks for a file when the body holds none, and keeps nothing', async () => {
    const request = await file();
    const rowsBefore = await rowCount();
    const form = new FormData();
    form.append('note', '只有文字');
    const textOnly = await fetch(`${api.url}/files/request/${request.id}`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${firm.token}` },
    });
    expect(textOnly.status).toBe(400);
    expect(await textOnly.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file' }] });
    const json = await fetch(`${api.url}/files/request/${request.id}`, {
      method: 'POST',
      body: JSON.stringify({ file: 'x' }),
      headers: { authorization: `Bearer ${firm.token}`, 'content-type': 'application/json' },
    });
    expect(json.status).toBe(400);
    expect(await rowCount()).toBe(rowsBefore);
  });
});
