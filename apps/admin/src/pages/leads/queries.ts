import { graphql } from '../../gql';

/** What a row of the list and a card of the kanban show. */
export const LEAD_ROW_FRAGMENT = graphql(`
  fragment LeadRow on Lead {
    id
    version
    companyName
    stage
    lostFromStage
    score
    plannedInvestment
    nextAction
    nextActionDate
    overdue
    enquiryOverdue
    commitmentShortfall
    expansionIntent
    atRisk
    aftercareOverdue
    ownerId
    ownerName
    industryCode
    source
    targetParkId
    targetPark {
      id
      name
      nameEn
    }
  }
`);

export const LEADS_QUERY = graphql(`
  query Leads($filter: LeadFilter, $first: Int!, $after: String) {
    leads(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...LeadRow
        }
      }
    }
  }
`);

/** Every field the forms edit. */
export const LEAD_FIELDS_FRAGMENT = graphql(`
  fragment LeadFields on Lead {
    id
    version
    companyName
    uscc
    origin
    ownership
    targetFlags
    source
    sourceDetail
    industryCode
    chainSegment
    summary
    plannedInvestment
    jobs
    expectedAnnualTax
    landMu
    floorSqm
    targetParkId
    ownerId
    ownerName
    probability
    expectedSigningDate
    nextAction
    nextActionDate
    tags
    pollutionCategory
    signedOn
    contractedInvestment
    contractedJobs
    contractedAnnualTax
    constructionStartedOn
    operatingSince
    contacts {
      name
      title
      phone
      email
    }
  }
`);

export const LEAD_QUERY = graphql(`
  query Lead($id: ID!) {
    lead(id: $id) {
      ...LeadFields
      stage
      lostFromStage
      lostReason
      score
      overdue
      enquiryOverdue
      enquiryReceivedAt
      responseDueAt
      createdAt
      updatedAt
      stageChangedAt
      targetPark {
        id
        name
        nameEn
      }
      enterprise {
        id
        name
      }
      scoreComponents {
        code
        label
        points
        detail
      }
      activities {
        id
        kind
        occurredAt
        participants
        summary
        followUpOn
        actorName
      }
      history {
        id
        from
        to
        at
        note
        actorName
      }
      ...LeadAftercare
    }
  }
`);

/** 承诺与实绩 and 落地服务: the contract against the actuals, the flags and the visits. */
export const LEAD_AFTERCARE_FRAGMENT = graphql(`
  fragment LeadAftercare on Lead {
    id
    version
    stage
    commitmentShortfall
    expansionIntent
    atRisk
    atRiskReason
    aftercareOverdue
    commitments {
      signedOn
      contractedInvestment
      contractedJobs
      contractedAnnualTax
      investmentPaid
      hires
      taxPaid
      allowedShare
      recordable
      years {
        id
        year
        investmentPaid
        hires
        taxPaid
        note
        version
      }
      shortfalls {
        measure
        year
        committed
        actual
        share
        message
      }
    }
    aftercareVisits {
      id
      dueOn
      status
      doneOn
      summary
      assigneeName
      closedByName
      overdue
      version
    }
  }
`);

export const RECORD_LEAD_ACTUAL_MUTATION = graphql(`
  mutation RecordLeadActual($leadId: ID!, $input: LeadActualInput!, $version: Int) {
    recordLeadActual(leadId: $leadId, input: $input, version: $version) {
      id
      commitmentShortfall
    }
  }
`);

export const DELETE_LEAD_ACTUAL_MUTATION = graphql(`
  mutation DeleteLeadActual($id: ID!, $version: Int!) {
    deleteLeadActual(id: $id, version: $version) {
      id
    }
  }
`);

export const SET_LEAD_AFTERCARE_FLAGS_MUTATION = graphql(`
  mutation SetLeadAftercareFlags($id: ID!, $version: Int!, $input: LeadAftercareFlagsInput!) {
    setLeadAftercareFlags(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const SCHEDULE_AFTERCARE_VISIT_MUTATION = graphql(`
  mutation ScheduleAftercareVisit($leadId: ID!, $input: ScheduleAftercareVisitInput!) {
    scheduleAftercareVisit(leadId: $leadId, input: $input) {
      id
    }
  }
`);

export const RESCHEDULE_AFTERCARE_VISIT_MUTATION = graphql(`
  mutation RescheduleAftercareVisit($id: ID!, $version: Int!, $input: ScheduleAftercareVisitInput!) {
    rescheduleAftercareVisit(id: $id, version: $version, input: $input) {
      id
    }
  }
`);

export const COMPLETE_AFTERCARE_VISIT_MUTATION = graphql(`
  mutation CompleteAftercareVisit($id: ID!, $version: Int!, $input: CompleteAftercareVisitInput!) {
    completeAftercareVisit(id: $id, version: $version, input: $input) {
      id
    }
  }
`);

export const CANCEL_AFTERCARE_VISIT_MUTATION = graphql(`
  mutation CancelAftercareVisit($id: ID!, $version: Int!, $reason: String) {
    cancelAftercareVisit(id: $id, version: $version, reason: $reason) {
      id
    }
  }
`);

export const LEAD_DUPLICATES_QUERY = graphql(`
  query LeadDuplicates($companyName: String!, $uscc: String) {
    leadDuplicates(companyName: $companyName, uscc: $uscc) {
      leads {
        id
        companyName
        uscc
        stage
        similarity
      }
      enterprises {
        id
        name
        uscc
        similarity
      }
    }
  }
`);

export const CREATE_LEAD_MUTATION = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
    }
  }
`);

export const UPDATE_LEAD_MUTATION = graphql(`
  mutation UpdateLead($id: ID!, $version: Int!, $input: UpdateLeadInput!) {
    updateLead(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const MOVE_LEAD_STAGE_MUTATION = graphql(`
  mutation MoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!, $note: String) {
    moveLeadStage(id: $id, version: $version, stage: $stage, note: $note) {
      id
      version
      stage
    }
  }
`);

export const LOG_LEAD_ACTIVITY_MUTATION = graphql(`
  mutation LogLeadActivity($leadId: ID!, $input: ActivityInput!) {
    logLeadActivity(leadId: $leadId, input: $input) {
      id
    }
  }
`);
