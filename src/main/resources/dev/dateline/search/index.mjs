// Indexes a site's pages with Pagefind's Node API, for Dateline: reads the paths of the pages, one a
// line, from stdin, and the pages from the folder given; adds them in that order (the index's bytes
// depend on it); then writes the index's files into the output folder, without Pagefind's prebuilt
// user interfaces (Dateline has its own).
//
//   node index.mjs PAGEFIND_PACKAGE_FOLDER PAGES_FOLDER OUTPUT_FOLDER
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const [pkg, pages, out] = process.argv.slice(2);
const fail = (what, errors) => {
  console.error(`pagefind: ${what}: ${errors.join('; ')}`);
  process.exit(1);
};
const pagefind = await import(pathToFileURL(join(pkg, 'lib', 'index.js')).href);
const created = await pagefind.createIndex({});
if (!created.index) fail('cannot make an index', created.errors);
const index = created.index;

// pages are sent in order, without waiting for each to be indexed (Pagefind takes them in the order
// sent), and at most IN_FLIGHT at a time
const IN_FLIGHT = 64;
const pending = [];
for await (const path of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (path) {
    const content = await readFile(join(pages, path), 'utf8');
    pending.push(index.addHTMLFile({ url: '/' + path, content }).then((added) => {
      if (added.errors.length) fail(`cannot index ${path}`, added.errors);
    }));
    if (pending.length >= IN_FLIGHT) await pending.shift();
  }
}
await Promise.all(pending);
const { files, errors } = await index.getFiles();
if (errors.length) fail('cannot write the index', errors);
const USER_INTERFACES = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
for (const file of files) {
  if (!USER_INTERFACES.test(file.path)) {
    const target = join(out, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}
await pagefind.close();
