export {
  ID_NUMBER,
  MOBILE,
  organisationSubmission,
  personSubmission,
} from '@ogi/schema/testing';
