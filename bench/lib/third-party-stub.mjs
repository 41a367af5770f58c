/**
 * Stands in for every third-party host, as there is no internet here: an
 * HTTPS server on 127.0.0.1 that answers every request with an empty 204
 * (Chromium's own sign-in check to accounts.google.com too). Chromium is
 * pointed at it with the returned `chromeFlags`: every host but 127.0.0.1
 * resolves to the stub, and
 * the stub's throwaway self-signed certificate (made with openssl for this
 * run, in a temporary folder deleted on close) is accepted.
 *
 * An iframe whose document answers 204 stays empty, so a raw provider iframe
 * costs what its request costs, and nothing of the player it would load.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startThirdPartyStub() {
  const dir = mkdtempSync(join(tmpdir(), 'assent-bench-stub-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=third-party-stub', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], {
      stdio: 'ignore',
    });
    const server = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_request, response) => {
      response.writeHead(204, { 'cache-control': 'no-store' });
      response.end();
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address();
    return {
      chromeFlags: [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE 127.0.0.1`, '--ignore-certificate-errors'],
      close: () => new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      }).finally(() => rmSync(dir, { recursive: true, force: true })),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
