// A minimal static server for the built site, on 127.0.0.1 only, for the browser tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream', '.pf_filter': 'application/octet-stream', '.zip': 'application/zip',
};

// The Content-Security-Policy the site is deployed with, read from netlify.toml, so that the tests see what users see.
const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const policy = fs.readFileSync(path.join(projectRoot, 'netlify.toml'), 'utf8').match(/Content-Security-Policy = "([^"]+)"/)[1];

// The build's _headers file (Netlify's format): the framing rule of every page but the embed pages.
function headerRules(root) {
  const file = path.join(root, '_headers');
  if (!fs.existsSync(file)) return [];
  const rules = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules[rules.length - 1].headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

// Netlify joins the headers of every rule that matches; two Content-Security-Policy headers are two policies.
function headersFor(rules, url, type) {
  const csp = [policy];
  const headers = { 'content-type': type };
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('/*') ? url.startsWith(rule.pattern.slice(0, -1)) : url === rule.pattern;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      if (name === 'content-security-policy') csp.push(value); else headers[name] = value;
    }
  }
  headers['content-security-policy'] = csp;
  return headers;
}

export function serve(root) {
  const rules = headerRules(root);
  const server = http.createServer((request, response) => {
    const url = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    let file = path.join(root, path.normalize(url).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file)) {
      response.writeHead(404, headersFor(rules, '/404.html', types['.html']));
      response.end(fs.readFileSync(path.join(root, '404.html')));
      return;
    }
    response.writeHead(200, headersFor(rules, url, types[path.extname(file)] ?? 'application/octet-stream'));
    response.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
