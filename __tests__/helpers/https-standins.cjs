// Preloaded into a step's process (NODE_OPTIONS=--require) by tests that run dist/ against services whose
// https:// addresses are fixed inside a library (@actions/attest's public-good Fulcio and Rekor, GitHub's
// OIDC issuer). PINSHIP_TEST_HTTPS_STANDINS maps each such origin to a loopback stand-in
// ({"https://fulcio.sigstore.dev": "http://127.0.0.1:PORT", ...}): a request node:https is asked to make to
// one of them goes to its stand-in instead, same method, path, headers and body, over plain HTTP. Every
// other request, the registry's included, is left to node:https and node:http untouched (an interceptor
// of all traffic, nock's, changed how the registry client's own requests behaved).
'use strict';
const http = require('node:http');
const https = require('node:https');
const process = require('node:process');
const { URL } = require('node:url');

const standIns = new Map(Object.entries(JSON.parse(process.env.PINSHIP_TEST_HTTPS_STANDINS || '{}')).map(([from, to]) => [new URL(from).host, new URL(to)]));

/** node:https.request's arguments, (url[, options][, callback]) or (options[, callback]), as one options object and the callback. */
function normalise(args) {
  if (typeof args[0] === 'string' || args[0] instanceof URL) {
    const url = new URL(args[0]);
    const options = typeof args[1] === 'object' && args[1] !== null ? args[1] : {};
    const callback = typeof args[1] === 'function' ? args[1] : args[2];
    return { options: { ...options, hostname: url.hostname, port: url.port, path: `${url.pathname}${url.search}` }, callback };
  }
  return { options: { ...args[0] }, callback: args[1] };
}

const request = https.request;
https.request = function (...args) {
  const { options, callback } = normalise(args);
  const host = `${options.hostname || options.host || ''}${options.port && String(options.port) !== '443' ? `:${options.port}` : ''}`;
  const target = standIns.get(host);
  if (!target) return request.apply(this, args);
  const redirected = { ...options, protocol: 'http:', hostname: target.hostname, host: target.hostname, port: target.port, agent: undefined };
  return http.request(redirected, callback);
};
https.get = function (...args) {
  const req = https.request(...args);
  req.end();
  return req;
};
