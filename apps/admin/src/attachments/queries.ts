import { graphql } from '../gql';

export const ATTACHMENT_MAX_BYTES_QUERY = graphql(`
  query AttachmentMaxBytes {
    attachmentMaxBytes
  }
`);
