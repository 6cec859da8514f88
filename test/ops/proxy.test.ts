import { createServer, request, type Server } from 'node:http';
import { createApp, type App } from '../../api/src/app';
import { parseTrustProxy } from '../../api/src/config';
import { TestApi } from '../support/api';
import { staff, TEST_PASSWORD } from '../support/staff';
import { StaffRole } from '../../api/src/common/viewer';
import { listen } from '../support/listen';

/**
 * A TLS-terminating load balancer on the same host, as docs/deploying.md describes: it appends the
 * client's address to X-Forwarded-For (as nginx's $proxy_add_x_forwarded_for does) and says the
 * client spoke HTTPS. Which client it is comes from the test's `x-test-client` header.
 */
function forwardingProxy(target: string): Server {
  const upstream = new URL(target);
  const proxy = createServer((req, res) => {
    const client = String(req.headers['x-test-client'] ?? '192.0.2.1');
    const forwardedFor = req.headers['x-forwarded-for'] ? `${req.headers['x-forwarded-for']}, ${client}` : client;
    const { 'x-test-client': _client, ...received } = req.headers;
    const headers = {
      ...received,
      'x-forwarded-for': forwardedFor,
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'datos.example.mx',
    };
    const forwarded = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forwarded);
  });
  return proxy;
}

describe('behind a proxy (TRUST_PROXY)', () => {
  let api: TestApi;
  let app: App;
  let proxy: Server;
  let direct: string;
  let viaProxy: string;

  beforeAll(async () => {
    api = await TestApi.open();
    app = await createApp(api.dataSource, () => undefined, { trustProxy: parseTrustProxy('loopback') });
    direct = await listen(app.server);
    proxy = forwardingProxy(direct);
    viaProxy = await listen(proxy);
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy.close(resolve));
    await app.stop();
    await api.close();
  });

  const signIn = (base: string, email: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: email, p: password },
      }),
    });

  it("takes the client's address and HTTPS from the proxy: Secure cookie, the session recorded under the client's address", async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    // A client's own X-Forwarded-For is only what the proxy received: the address it appended wins.
    const response = await signIn(viaProxy, account.email, TEST_PASSWORD, {
      'x-test-client': '203.0.113.40',
      'x-forwarded-for': '10.9.9.9',
    });
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
    const [session] = await api.dataSource.query('SELECT ip_address FROM staff_session WHERE account_id = $1', [
      account.id,
    ]);
    expect(session.ip_address).toBe('203.0.113.40');
  });

  it("throttles each client behind the proxy on its own: one client's failures never stop another", async () => {
    const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    const attacker = { 'x-test-client': '203.0.113.41' };
    for (let i = 0; i < 3; i += 1)
      expect(
        (await (await signIn(viaProxy, account.email, `wrong ${i}`, attacker)).json()).errors[0].extensions.code,
      ).toBe('UNAUTHENTICATED');
    expect(
      (await (await signIn(viaProxy, account.email, TEST_PASSWORD, attacker)).json()).errors[0].extensions.code,
    ).toBe('RATE_LIMITED');
    expect(
      (await (await signIn(viaProxy, account.email, TEST_PASSWORD, { 'x-test-client': '203.0.113.42' })).json()).data
        .signIn.id,
    ).toBe(account.id);
  });

  it('never serves /metrics through the proxy, though the proxy connects from loopback', async () => {
    expect((await fetch(`${viaProxy}/metrics`)).status).toBe(403);
    expect((await fetch(`${direct}/metrics`)).status).toBe(200);
  });

  it('believes no X-Forwarded-For when no proxy is trusted (the default)', async () => {
    const plain = await createApp(api.dataSource, () => undefined);
    const plainBase = await listen(plain.server);
    try {
      const { account } = await staff(api.dataSource.manager, StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
      const response = await signIn(plainBase, account.email, TEST_PASSWORD, {
        'x-forwarded-for': '203.0.113.50',
        'x-forwarded-proto': 'https',
      });
      expect(response.headers.get('set-cookie')).not.toMatch(/Secure/);
      const [session] = await api.dataSource.query('SELECT ip_address FROM staff_session WHERE account_id = $1', [
        account.id,
      ]);
      expect(session.ip_address).not.toBe('203.0.113.50');
    } finally {
      await plain.stop();
    }
  });

  it('reads TRUST_PROXY as Express does, and refuses "true", which would believe any client', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('loopback, 10.0.0.0/8')).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY=true/);
  });
});
