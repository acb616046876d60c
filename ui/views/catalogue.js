// A company's catalogue, one folder at a time
// (GET /__admin/companies/:company/folders?path=): subfolders to open, assets
// in the folder, and the path back up.
import { api, seg } from '../lib/api.js';
import { h, replace, row, table, time, whenChanged } from '../lib/dom.js';

const bytes = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });

/**
 * @param {string} company
 * @param {string} path
 */
const folderHref = (company, path) => `#/company/${seg(company)}/catalogue/${seg(path)}`;

/** @type {import('./types.js').ViewFactory} */
export function catalogueView(main, [company = '', path = '']) {
  const title = h('h1', { tabindex: -1 }, 'Catalogue');
  const crumbs = h('nav', { 'aria-label': 'Folder path', class: 'crumbs' });
  const folders = h('div');
  const assets = h('div');
  const totals = h('p', { class: 'muted' });
  replace(
    main,
    h('p', null, h('a', { href: `#/company/${seg(company)}` }, `← Company ${company}`)),
    title,
    crumbs,
    totals,
    h('section', null, h('h2', null, 'Folders'), folders),
    h('section', null, h('h2', null, 'Assets'), assets),
  );
  const changed = whenChanged();
  return {
    async refresh() {
      const d = await api(`companies/${seg(company)}/folders${path ? `?path=${encodeURIComponent(path)}` : ''}`);
      changed(d, () => draw(d));
    },
  };

  /** @param {any} d */
  function draw(d) {
    replace(title, `Catalogue of ${company}: `, h('code', null, d.path));
    // Root … this folder, each step a link but the last.
    const parts = /** @type {string} */ (d.path).slice(0, -1).split('/');
    replace(
      crumbs,
      parts.flatMap((name, i) => {
        const p = `${parts.slice(0, i + 1).join('/')}/`;
        return [i > 0 ? ' / ' : '', i === parts.length - 1 ? h('span', { 'aria-current': 'page' }, name) : h('a', { href: folderHref(company, p) }, name)];
      }),
    );
    replace(totals, `${d.totals.folders} folders and ${d.totals.assets} assets in all.`);
    replace(
      folders,
      table(
        'Subfolders',
        ['Folder', 'Subfolders', 'Assets', 'Modified'],
        /** @type {any[]} */ (d.folders).map((f) => row(h('a', { href: folderHref(company, f.path), 'data-focus-key': `folder:${f.path}` }, `${f.name}/`), String(f.subfolders), String(f.assets), time(f.lastModified))),
        'No subfolders.',
      ),
    );
    replace(
      assets,
      table(
        'Assets in this folder',
        ['Name', 'Handle', 'Type', 'File', 'Size', 'Publish state', 'Modified'],
        /** @type {any[]} */ (d.assets).map((a) =>
          row(a.name, h('code', null, a.handle), a.type, a.fileName, `${a.width > 0 ? `${a.width}×${a.height}, ` : ''}${bytes.format(Math.round(a.fileSize / 1024))}`, a.publishState, time(a.lastModified)),
        ),
        'No assets in this folder.',
      ),
    );
  }
}
