// Indexes a site's pages with Pagefind's Node API, for Dateline: reads one JSON record
// {"url": ..., "content": ...} per line from stdin, and when stdin ends writes the index's
// files into the folder given, without Pagefind's prebuilt user interfaces (Dateline has its own).
//
//   node index.mjs PAGEFIND_PACKAGE_FOLDER OUTPUT_FOLDER
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const [pkg, out] = process.argv.slice(2);
const fail = (what, errors) => {
  console.error(`pagefind: ${what}: ${errors.join('; ')}`);
  process.exit(1);
};
const pagefind = await import(pathToFileURL(join(pkg, 'lib', 'index.js')).href);
const created = await pagefind.createIndex({});
if (!created.index) fail('cannot make an index', created.errors);
const index = created.index;

const added = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line) {
    const page = JSON.parse(line);
    added.push(index.addHTMLFile({ url: page.url, content: page.content }).then((r) => {
      if (r.errors.length) fail(`cannot index ${page.url}`, r.errors);
    }));
  }
}
await Promise.all(added);
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
