import { graphql } from '../../gql';

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean! = false) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          kind
          title
          titleEn
          body
          bodyEn
          data
          readAt
          createdAt
        }
      }
    }
  }
`);

export const UNREAD_NOTIFICATION_COUNT_QUERY = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MARK_NOTIFICATION_READ_MUTATION = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MARK_ALL_NOTIFICATIONS_READ_MUTATION = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
