import { graphql } from '../../gql';

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          at
          actorId
          actorName
          actorRole
          action
          entity
          entityId
          before
          after
        }
      }
    }
  }
`);
