// Preloaded into every Node.js process of the EventCatalog build: a connection to anything
// but this machine fails at once, as it would with no network. EventCatalog and Astro send
// usage reports while building; the build must not depend on them, nor reach anything else.
'use strict';
const net = require('node:net');
const dns = require('node:dns');

const isLoopback = (host) =>
  host === undefined || host === 'localhost' || host === '::1' || /^127\./.test(host) || host === '';

function refuse(host) {
  const error = new Error(`network refused by the conformance test: ${host}`);
  error.code = 'ECONNREFUSED';
  return error;
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
  if (options.path === undefined && !isLoopback(options.host)) {
    process.nextTick(() => this.destroy(refuse(options.host)));
    return this;
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function (host, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  if (!isLoopback(host)) return process.nextTick(() => done(refuse(host)));
  return lookup.call(this, host, options, callback);
};
