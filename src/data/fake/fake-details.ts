/**
 * One detail faker per job variant: realistic folder paths, URLs, e-mail
 * settings and processing options. `files` is how many files the job handles;
 * arrays in the detail (URLs, asset handles) have that many items, so the
 * detail, totalSize and the job log agree.
 */
import type { Faker } from '@faker-js/faker';
import { EXPORT_FORMATS, PUBLISH_TYPES } from '../../shared/ips-constants.js';
import type * as Wire from '../../schema/wire-types.js';
import { VARIANTS, type VariantKey } from '../../shared/variants.js';
import type { CompanyProfile } from './company-profile.js';
import * as o from './fake-options.js';

/** A detail faker returns its variant's detail type, so a misspelt element name does not compile. */
type DetailFakers = { readonly [V in VariantKey]: (f: Faker, c: CompanyProfile, files: number) => Wire.DetailTypes[V] };

const publishContext = (f: Faker): Pick<Wire.ImageServingPublishJob, 'contextHandle'> => (f.datatype.boolean(0.5) ? { contextHandle: `pc|${f.number.int({ min: 3001, max: 3099 })}` } : {});

const followOnPublish = (f: Faker): Pick<Wire.UploadDirectoryJob, 'postJobOnlyIfFiles' | 'postImageServingPublishJob'> =>
  f.datatype.boolean(0.5)
    ? { postJobOnlyIfFiles: true, postImageServingPublishJob: { publishType: 'Incremental', emailSetting: 'Error' } }
    : {};

const uploadFlags = (f: Faker): Pick<Wire.UploadDirectoryJob, 'overwrite' | 'readyForPublish' | 'preservePublishState'> => ({
  overwrite: f.datatype.boolean(0.8),
  readyForPublish: f.datatype.boolean(0.7),
  preservePublishState: f.datatype.boolean(),
});

type ImageProcessing = 'knockoutBackgroundOptions' | 'manualCropOptions' | 'autoColorCropOptions' | 'autoTransparentCropOptions'
  | 'photoshopOptions' | 'postScriptOptions' | 'pdfOptions' | 'illustratorOptions' | 'colorManagementOptions';
const imageProcessing = (f: Faker): Pick<Wire.UploadDirectoryJob, ImageProcessing> => ({
  ...o.knockout(f),
  ...o.cropOption(f),
  ...o.photoshop(f),
  ...o.postScript(f),
  ...o.pdf(f),
  ...o.illustrator(f),
  ...o.colorManagement(f),
});

export const DETAIL_FAKERS: DetailFakers = {
  imageServingPublishJob: (f, c) => ({
    publishType: f.helpers.arrayElement(PUBLISH_TYPES),
    emailSetting: o.emailSetting(f),
    ...o.completionUrl(f, c, 'httpCompletionUrl'),
    ...publishContext(f),
  }),
  imageRenderingPublishJob: (f, c) => ({ emailSetting: o.emailSetting(f), ...o.completionUrl(f, c, 'httpCompletionUrl'), ...publishContext(f) }),
  videoPublishJob: (f, c) => ({ emailSetting: o.emailSetting(f), ...o.completionUrl(f, c, 'httpCompletionUrl'), ...publishContext(f) }),
  serverDirectoryPublishJob: (f, c) => ({ emailSetting: o.emailSetting(f), ...o.completionUrl(f, c, 'httpCompletionUrl') }),
  metadataPublishJob: (f) => ({ forcePublish: f.datatype.boolean(0.3) }),
  uploadDirectoryJob: (f, c) => ({
    destFolder: o.folder(f, c),
    serverDir: `/ftp/${c.slug}/${f.helpers.arrayElement(['incoming', 'dropbox', 'studio-export', 'uploads'])}/`,
    ...uploadFlags(f),
    includeSubfolders: f.datatype.boolean(0.6),
    createMask: f.datatype.boolean(0.3),
    processMetadataFiles: f.datatype.boolean(0.4),
    preserveCrop: f.datatype.boolean(0.8),
    ...imageProcessing(f),
    ...o.autoSets(f),
    emailSetting: o.emailSetting(f),
    ...followOnPublish(f),
    ...o.completionUrl(f, c, 'postHttpUrl'),
    ...o.media(f),
    xmpKeywords: f.helpers.arrayElements(['catalog', 'summer', 'web', 'print', 'hero', 'sale'], 2).join(','),
    ...o.unsharp(f),
    unCompressOptions: { process: f.helpers.arrayElement(['None', 'UnCompress']) },
    excludeMasterVideoFromAVS: true,
  }),
  uploadUrlsJob: (f, c, files) => {
    const dest = o.folder(f, c);
    return {
      urlArray: {
        items: Array.from({ length: files }, (_, i) => {
          const file = `${f.word.noun().toLowerCase()}-${f.string.numeric(5)}-${i + 1}.${f.helpers.arrayElement(['jpg', 'png'])}`;
          return { sourceUrl: `https://images.${c.slug}.example.com/export/${file}`, destPath: `${dest}${file}` };
        }),
      },
      numUrls: files,
      ...uploadFlags(f),
      createMask: f.datatype.boolean(0.3),
      preserveCrop: true,
      ...o.cropOption(f),
      ...o.colorManagement(f),
      emailSetting: o.emailSetting(f),
      ...followOnPublish(f),
      ...o.completionUrl(f, c, 'postHttpUrl'),
    };
  },
  uploadPostJob: (f, c) => ({
    ...uploadFlags(f),
    createMask: f.datatype.boolean(0.3),
    preserveCrop: true,
    ...imageProcessing(f),
    emailSetting: o.emailSetting(f),
    ...o.completionUrl(f, c, 'postHttpUrl'),
    ...o.media(f),
    excludeMasterVideoFromAVS: true,
  }),
  optimizeImagesJob: (f) => ({ emailSetting: o.emailSetting(f) }),
  ripPdfsJob: (f, c, files) => ({
    pdfHandleArray: o.handles('a', f, files),
    createMask: false,
    ...o.postScript(f),
    ...o.pdf(f),
    ...o.colorManagement(f),
    emailSetting: o.emailSetting(f),
    ...o.completionUrl(f, c, 'postHttpUrl'),
  }),
  reprocessAssetsJob: (f, c, files) => ({
    assetHandleArray: o.handles('a', f, files),
    readyForPublish: f.datatype.boolean(0.7),
    preservePublishState: true,
    createMask: f.datatype.boolean(0.3),
    preserveCrop: true,
    ...o.cropOption(f),
    ...o.photoshop(f),
    ...o.pdf(f),
    ...o.colorManagement(f),
    emailSetting: o.emailSetting(f),
    ...o.completionUrl(f, c, 'postHttpUrl'),
    ...o.unsharp(f),
  }),
  createVideoSitemapJob: (f) => ({ forceUpdate: f.datatype.boolean(0.3) }),
  exportJob: (f, _c, files) => {
    const fmt = f.helpers.arrayElement(EXPORT_FORMATS);
    return {
      assetHandleArray: o.handles('a', f, files),
      fmt,
      ...(fmt === 'convert' ? { is_modifier: `wid=${f.helpers.arrayElement([800, 1200, 2000])}&fmt=jpeg&qlt=${f.helpers.arrayElement([80, 85, 90])}` } : {}),
      emailSetting: o.emailSetting(f),
    };
  },
  automatedSetGenerationJob: (f, c, files) => ({
    assetHandleArray: o.handles('a', f, files),
    destFolder: o.folder(f, c),
    readyForPublish: f.datatype.boolean(0.7),
    ...o.autoSets(f),
    emailSetting: o.emailSetting(f),
  }),
};

/** How many files a variant's job handles, within the variant's range. */
export const fakeFileCount = (f: Faker, variant: VariantKey): number => f.number.int(VARIANTS[variant].files);
