import { graphql } from '../../gql';

export const REQUESTS_QUERY = graphql(`
  query Requests($filter: RequestFilter, $first: Int!, $after: String) {
    requests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          kind
          subject
          status
          overdue
          createdAt
          responseDueAt
          ownerName
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

export const REQUEST_QUERY = graphql(`
  query Request($id: ID!) {
    request(id: $id) {
      id
      kind
      subject
      body
      status
      version
      overdue
      createdAt
      responseDueAt
      firstAnsweredAt
      resolvedAt
      satisfaction
      satisfactionNote
      ownerId
      ownerName
      enterprise {
        id
        name
      }
      attachments {
        ...AttachmentFields
      }
      messages {
        id
        body
        internal
        authorRole
        authorName
        createdAt
        attachments {
          ...AttachmentFields
        }
      }
    }
  }
`);

export const ATTACHMENT_FIELDS = graphql(`
  fragment AttachmentFields on Attachment {
    id
    name
    size
    contentType
    url
    mine
  }
`);

export const FILE_REQUEST_MUTATION = graphql(`
  mutation FileRequest($input: RequestInput!) {
    fileRequest(input: $input) {
      id
    }
  }
`);

export const ADD_REQUEST_MESSAGE_MUTATION = graphql(`
  mutation AddRequestMessage($id: ID!, $body: String!, $internal: Boolean) {
    addRequestMessage(id: $id, body: $body, internal: $internal) {
      id
    }
  }
`);

export const ASSIGN_REQUEST_MUTATION = graphql(`
  mutation AssignRequest($id: ID!, $version: Int!, $ownerId: String!) {
    assignRequest(id: $id, version: $version, ownerId: $ownerId) {
      id
      version
    }
  }
`);

export const RESOLVE_REQUEST_MUTATION = graphql(`
  mutation ResolveRequest($id: ID!, $version: Int!) {
    resolveRequest(id: $id, version: $version) {
      id
      version
    }
  }
`);

export const CLOSE_REQUEST_MUTATION = graphql(`
  mutation CloseRequest($id: ID!, $version: Int!) {
    closeRequest(id: $id, version: $version) {
      id
      version
    }
  }
`);

export const RATE_REQUEST_MUTATION = graphql(`
  mutation RateRequest($id: ID!, $version: Int!, $satisfaction: Int!, $note: String) {
    rateRequest(id: $id, version: $version, satisfaction: $satisfaction, note: $note) {
      id
      version
    }
  }
`);

export const REOPEN_REQUEST_MUTATION = graphql(`
  mutation ReopenRequest($id: ID!, $version: Int!) {
    reopenRequest(id: $id, version: $version) {
      id
      version
    }
  }
`);

/** Every active staff member (id, name), for owner pickers; staff only. */
export const STAFF_MEMBERS_QUERY = graphql(`
  query StaffMembers {
    staffMembers {
      id
      name
      role
    }
  }
`);
