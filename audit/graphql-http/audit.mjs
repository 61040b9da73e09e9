// Runs graphql-http's server audits (GraphQL over HTTP) against YIBAO_AUDIT_URL and prints one
// line per audit. Exits 1 if a MUST fails. YIBAO_AUDIT_TOKEN, when set, is sent as a bearer token.
import { serverAudits } from 'graphql-http';

const url = process.env.YIBAO_AUDIT_URL;
if (!url) {
  console.error('YIBAO_AUDIT_URL is not set');
  process.exit(2);
}
const token = process.env.YIBAO_AUDIT_TOKEN;

function fetchFn(input, init = {}) {
  if (!token) {
    return fetch(input, init);
  }
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
}

const results = [];
for (const audit of serverAudits({ url, fetchFn })) {
  results.push(await audit.fn());
}

const label = { ok: 'ok    ', warn: 'WARN  ', notice: 'notice', error: 'FAIL  ' };
for (const r of results) {
  console.log(`${label[r.status]} ${r.id} ${r.name}${r.reason ? ` — ${r.reason}` : ''}`);
}
const count = (s) => results.filter((r) => r.status === s).length;
console.log(
  `graphql-http audits: ${results.length}, ok ${count('ok')}, failed MUST ${count('error')}, ` +
    `failed SHOULD ${count('warn')}, failed MAY ${count('notice')}`,
);
process.exit(count('error') > 0 ? 1 : 0);
