// Post-build guard: fails the build if dist/ would break under the server's
// Content-Security-Policy (script-src 'self'; style-src 'self') or lacks PWA files.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const problems = [];
const html = await readFile(join(dist, 'index.html'), 'utf8');

for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  const [, attributes, body] = match;
  if (!/\bsrc=/.test(attributes) || body.trim() !== '') problems.push('inline <script> in index.html');
}
if (/<style\b/i.test(html)) problems.push('<style> element in index.html');
if (/\sstyle=/i.test(html)) problems.push('style="" attribute in index.html');
if (/\son[a-z]+=/i.test(html)) problems.push('inline event handler in index.html');
if (/(src|href)="data:/i.test(html)) problems.push('data: URL in index.html');
if (!/<link rel="manifest" href="\/manifest\.webmanifest"/.test(html)) {
  problems.push('index.html does not link /manifest.webmanifest');
}

const files = await readdir(dist, { recursive: true });
for (const required of ['sw.js', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png']) {
  if (!files.includes(required)) problems.push(`missing dist/${required}`);
}
for (const file of files.filter((name) => name.endsWith('.css'))) {
  if (/url\(\s*['"]?data:/i.test(await readFile(join(dist, file), 'utf8'))) {
    problems.push(`data: URL in ${file}`);
  }
}
if (/registerSW|<script[^>]*registerSW/.test(html)) problems.push('injected registerSW script');

if (problems.length > 0) {
  console.error(`dist/ check failed:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`dist/ check passed: ${files.length} files, no inline scripts or styles.`);
