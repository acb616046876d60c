/**
 * Romanized given and family names for the locales whose faker names are not
 * in Latin script, so their e-mail addresses look like real ones
 * (sato.yui@…, kim.minjun@…) instead of transliteration noise.
 */
import type { Locale } from '../../locale/locales.js';

export interface RomanizedNames {
  readonly given: readonly string[];
  readonly family: readonly string[];
}

export const ROMANIZED: Partial<Record<Locale, RomanizedNames>> = {
  'ja-JP': {
    given: ['haruto', 'yui', 'sota', 'hina', 'ren', 'aoi', 'yuto', 'mei', 'riku', 'sakura', 'kenta', 'yuki'],
    family: ['sato', 'suzuki', 'takahashi', 'tanaka', 'watanabe', 'ito', 'yamamoto', 'nakamura', 'kobayashi', 'kato'],
  },
  'ko-KR': {
    given: ['minjun', 'seoyeon', 'jiho', 'haeun', 'doyun', 'jiwoo', 'seojun', 'yuna', 'hyunwoo', 'sujin'],
    family: ['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim'],
  },
  'zh-CN': {
    given: ['wei', 'fang', 'na', 'min', 'jing', 'lei', 'jie', 'yan', 'tao', 'xiuying'],
    family: ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou'],
  },
  'zh-TW': {
    given: ['chiahao', 'yiting', 'chihwei', 'shufen', 'chunchieh', 'yating', 'chienhung', 'meiling', 'tzuyu', 'kuanlin'],
    family: ['chen', 'lin', 'huang', 'chang', 'lee', 'wang', 'wu', 'liu', 'tsai', 'yang'],
  },
};
