import {
  DELIVERY_FORM_LABELS,
  type DeliveryForm,
  ID_TYPE_LABELS,
  type IdType,
  ORG_KIND_LABELS,
  type OrgKind,
  RETRIEVAL_METHOD_LABELS,
  type RetrievalMethod,
} from '@ogi/schema';
import type { Language } from './catalogue.js';

const ID_TYPE_EN: Record<IdType, string> = {
  'resident-id': 'Resident identity card',
  passport: 'Passport',
  'hk-macao-permit': 'Mainland travel permit for Hong Kong and Macao residents',
  'taiwan-permit': 'Mainland travel permit for Taiwan residents',
  'foreign-permanent-residence': 'Foreign permanent resident ID card',
  other: 'Other document',
};

const ORG_KIND_EN: Record<OrgKind, string> = {
  commercial: 'Commercial enterprise',
  research: 'Research institution',
  'public-interest': 'Public-interest organisation',
  'legal-service': 'Legal service provider',
  other: 'Other',
};

const DELIVERY_FORM_EN: Record<DeliveryForm, string> = {
  paper: 'Paper',
  email: 'E-mail',
  cd: 'CD',
  disk: 'Disk',
};

const RETRIEVAL_EN: Record<RetrievalMethod, string> = {
  post: 'Post',
  express: 'Courier',
  email: 'E-mail',
  fax: 'Fax',
  pickup: 'Collect in person',
  'on-site-reading': 'Read and copy on site',
};

/** The option labels of the form's choices, in Chinese from `@ogi/schema`, in English here. */
export const OPTION_LABELS = {
  idType: { zh: ID_TYPE_LABELS, en: ID_TYPE_EN },
  orgKind: { zh: ORG_KIND_LABELS, en: ORG_KIND_EN },
  deliveryForm: { zh: DELIVERY_FORM_LABELS, en: DELIVERY_FORM_EN },
  retrieval: { zh: RETRIEVAL_METHOD_LABELS, en: RETRIEVAL_EN },
} as const satisfies Record<string, Record<Language, Record<string, string>>>;
