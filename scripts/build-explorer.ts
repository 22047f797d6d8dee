// `npm run explorer`: writes the rules explorer, docs/explorer/index.html (see scripts/explorer.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EXPLORER_PAGE, explorerHtml } from './explorer.js';

const html = await explorerHtml();
mkdirSync(dirname(EXPLORER_PAGE), { recursive: true });
writeFileSync(EXPLORER_PAGE, html);
console.log(`wrote ${EXPLORER_PAGE} (${Math.round(Buffer.byteLength(html) / 1024)} kB); open it with: chromium ${EXPLORER_PAGE}`);
