// The three figures every agreement shows, in this order: percent agreement, Cohen's κ, Krippendorff's α.
import { formatAgreementPercent, formatCoefficient } from './format';

export const AGREEMENT_MEASURES = [
  { key: 'percent', name: 'Agreement', symbol: '%', format: formatAgreementPercent },
  { key: 'kappa', name: 'Cohen’s κ', symbol: 'κ', format: formatCoefficient },
  { key: 'alpha', name: 'Krippendorff’s α', symbol: 'α', format: formatCoefficient },
] as const;

/** One agreement's figures, each null where it cannot be computed. */
export type AgreementFigures = Record<(typeof AGREEMENT_MEASURES)[number]['key'], number | null>;
