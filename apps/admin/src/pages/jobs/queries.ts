import { graphql } from '../../gql';

/** Admins: where jobs run (BullMQ board or in-process), the outbox by queue and state, failures. */
export const JOBS_OVERVIEW_QUERY = graphql(`
  query JobsOverview {
    jobsOverview {
      inProcess
      boardPath
      outbox {
        queue
        status
        count
      }
      failed {
        id
        queue
        name
        attempts
        lastError
        createdAt
      }
    }
  }
`);

/** Admins: the latest load of the demo set and the re-match run it started. */
export const DEMO_DATA_LOAD_QUERY = graphql(`
  query DemoDataLoad {
    demoDataLoad {
      loadedAt
      enterprises
      matchRun {
        ...MatchRunFields
      }
    }
  }
`);
