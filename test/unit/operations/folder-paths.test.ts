/**
 * Unit tests of folder paths as requests give them (docs/decisions.md §7: with or without the root
 * `<company name>/`, the trailing slash optional), and of an upload-from-directory job's destFolder.
 */
import { describe, expect, it } from 'vitest';
import { C, harness, ROOT } from './harness.js';

const R = ROOT;
const OPTS = { overwrite: true, readyForPublish: true, createMask: false, emailSetting: 'None', serverDir: '/in', includeSubfolders: false, processMetadataFiles: false };

describe('folder paths', () => {
  it('a leading slash, the root or nothing before the path name the same folder; . and .. segments are refused', () => {
    const h = harness('2014-04-03', { folders: [{ company: C, path: 'images/' }] });
    expect(h.run('createFolder', { companyHandle: C, folderPath: '/images/a' }).folderHandle).toBe(`f|${R}images/a/`);
    expect(h.run('createFolder', { companyHandle: C, folderPath: 'One/images/b/' }).folderHandle).toBe(`f|${R}images/b/`);
    expect(h.run('createFolder', { companyHandle: C, folderPath: ' images/c ' }).folderHandle).toBe(`f|${R}images/c/`);
    expect(h.fails('createFolder', { companyHandle: C, folderPath: 'One/images/a' }).code).toBe(30000);
    for (const bad of ['images/./x', './x', 'images/../x']) {
      expect(h.fails('createFolder', { companyHandle: C, folderPath: bad })).toEqual({ code: 30001, reason: `folderPath '${bad}' is not a folder path; use '${R}images/products/' or 'images/products/'` });
    }
  });
});

describe('upload from a server directory', () => {
  it('destFolder with or without its trailing slash: every drawn file lands in that folder', () => {
    const h = harness('2014-04-03', { folders: [{ company: C, path: 'drop/' }] });
    h.run('submitJob', { companyHandle: C, jobName: 'slash', uploadDirectoryJob: { ...OPTS, destFolder: 'drop/' } });
    h.run('submitJob', { companyHandle: C, jobName: 'bare', uploadDirectoryJob: { ...OPTS, destFolder: 'drop' } });
    h.clock.advance(120_000);
    const logs = (name: string) => (h.run('getJobLogDetails', { companyHandle: C, originalName: name }).jobLogArray.items?.[0]?.detailArray?.items ?? []).filter((d) => d.logType === 'UploadSuccess');
    for (const name of ['slash', 'bare']) {
      const lines = logs(name);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((l) => /^One\/drop\/[a-z]+_\d{4}\.(jpg|tif|png|mp4|pdf) was uploaded and processed into IPS$/.test(l.logMessage ?? ''))).toBe(true);
    }
  });
});
