/** Fakers for the option types shared by the upload-style job details (reference §7.19, §8.13). */
import type { Faker } from '@faker-js/faker';
import {
  ANCHORS,
  COLOR_MANAGEMENT_MODES,
  COLORSPACES,
  CORNERS,
  EMAIL_SETTINGS,
  FILL_METHODS,
  LAYER_NAMING,
  PROCESS_BY_OPTION,
} from '../../shared/ips-constants.js';
import type * as Wire from '../../schema/wire-types.js';
import type { CompanyProfile } from './company-profile.js';

/** Some elements of an upload-from-directory detail (the type with every shared option). */
type Part<K extends keyof Wire.UploadDirectoryJob> = Pick<Wire.UploadDirectoryJob, K>;

export const emailSetting = (f: Faker): string => f.helpers.arrayElement(EMAIL_SETTINGS);
const tolerance = (f: Faker): number => f.number.float({ min: 0, max: 0.5, fractionDigits: 2 });
export const handles = (prefix: string, f: Faker, n: number): Wire.HandleArray => ({
  items: Array.from({ length: n }, () => `${prefix}|${f.number.int({ min: 100_000, max: 999_999_999 })}`),
});

/** One of the three crop choices (never more than one, per the docs), or none. */
export function cropOption(f: Faker): Part<'manualCropOptions' | 'autoColorCropOptions' | 'autoTransparentCropOptions'> {
  switch (f.number.int({ min: 0, max: 3 })) {
    case 0:
      return { manualCropOptions: { left: f.number.int(40), right: f.number.int(40), top: f.number.int(40), bottom: f.number.int(40) } };
    case 1:
      return { autoColorCropOptions: { corner: f.helpers.arrayElement(CORNERS), tolerance: tolerance(f) } };
    case 2:
      return { autoTransparentCropOptions: { tolerance: tolerance(f) } };
    default:
      return {};
  }
}

export const knockout = (f: Faker): Part<'knockoutBackgroundOptions'> =>
  f.datatype.boolean(0.25)
    ? { knockoutBackgroundOptions: { corner: f.helpers.arrayElement(CORNERS), tolerance: tolerance(f), fillMethod: f.helpers.arrayElement(FILL_METHODS) } }
    : {};

export const photoshop = (f: Faker): Part<'photoshopOptions'> => ({
  photoshopOptions: {
    process: f.helpers.arrayElement(PROCESS_BY_OPTION.photoshopOptions),
    layerOptions: {
      layerNaming: f.helpers.arrayElement(LAYER_NAMING),
      anchor: f.helpers.arrayElement(ANCHORS),
      createTemplate: f.datatype.boolean(),
      extractText: f.datatype.boolean(),
      extendLayers: f.datatype.boolean(),
    },
  },
});

const resolution = (f: Faker): number => f.helpers.arrayElement([72, 150, 150, 300]);

export const postScript = (f: Faker): Part<'postScriptOptions'> => ({
  postScriptOptions: { process: 'Rasterize', resolution: resolution(f), colorspace: f.helpers.arrayElement(COLORSPACES), alpha: f.datatype.boolean(), extractSearchWords: f.datatype.boolean() },
});

export const pdf = (f: Faker): Part<'pdfOptions'> => ({
  pdfOptions: {
    // Rasterizing is the common choice; never 'None' in a faked job.
    process: f.helpers.arrayElement(PROCESS_BY_OPTION.pdfOptions.filter((p) => p !== 'None')),
    resolution: resolution(f),
    colorspace: f.helpers.arrayElement(COLORSPACES),
    pdfCatalog: f.datatype.boolean(0.7),
    extractSearchWords: f.datatype.boolean(),
    extractLinks: f.datatype.boolean(),
  },
});

export const illustrator = (f: Faker): Part<'illustratorOptions'> => ({
  illustratorOptions: { process: 'Rasterize', resolution: resolution(f), colorspace: f.helpers.arrayElement(COLORSPACES), alpha: f.datatype.boolean() },
});

export const colorManagement = (f: Faker): Part<'colorManagementOptions'> => {
  const mode = f.helpers.arrayElement(COLOR_MANAGEMENT_MODES);
  return {
    colorManagementOptions:
      mode === 'Convert'
        ? { colorManagement: mode, sourceProfileHandle: `a|${f.number.int({ min: 1e5, max: 9e8 })}`, outputProfileHandle: `a|${f.number.int({ min: 1e5, max: 9e8 })}` }
        : { colorManagement: mode },
  };
};

export const autoSets = (f: Faker): { readonly autoSetCreationOptions: Wire.AutoSetCreationOptions } => ({ autoSetCreationOptions: { autoSetsArray: handles('ps', f, f.number.int({ min: 1, max: 2 })) } });

export const media = (f: Faker): Part<'mediaOptions'> => ({
  mediaOptions: {
    videoEncodingPresetsArray: handles('ps', f, f.number.int({ min: 1, max: 3 })),
    generateThumbnail: true,
    thumbnailOptions: { thumbnailTime: f.number.int({ min: 0, max: 10 }) * 1000 },
  },
});

export const unsharp = (f: Faker): Part<'unsharpMaskOptions'> =>
  f.datatype.boolean(0.4)
    ? { unsharpMaskOptions: { amount: f.number.float({ min: 0.5, max: 2, fractionDigits: 1 }), radius: f.number.float({ min: 0.2, max: 2, fractionDigits: 1 }), threshold: f.number.int({ min: 0, max: 12 }), monochrome: f.number.int(1) } }
    : {};

/** A completion callback URL (under `key`), or none. */
export function completionUrl<K extends 'httpCompletionUrl' | 'postHttpUrl'>(f: Faker, c: CompanyProfile, key: K): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  if (f.datatype.boolean(0.6)) out[key] = `https://hooks.${c.slug}.example.com/ips/${f.helpers.arrayElement(['job-complete', 'publish-done', 'notify'])}`;
  return out;
}

export const folder = (f: Faker, c: CompanyProfile): string =>
  `${c.slug}/${f.helpers.arrayElement(['products', 'campaigns', 'catalog', 'lifestyle', 'banners', 'swatches', 'video'])}/${f.helpers.arrayElement(['2025', '2026', 'spring', 'fall', 'holiday'])}/`;
