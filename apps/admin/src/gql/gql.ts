/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment EnterpriseProfile on Enterprise {\n    id\n    uscc\n    name\n    contactName\n    contactPhone\n    contactEmail\n    address\n    version\n    sample\n    createdAt\n    updatedAt\n    registeredAt\n    employees\n    techStaff\n    revenue\n    rdExpense\n    revenue3y\n    rdExpense3y\n    highTechRevenue\n    totalAssets\n    inventionPatents\n    otherIp\n    taxPaid\n    industry\n    chainSegment\n    tier\n    ownership\n    isHighTechCertified\n    inZone\n    parkCode\n    energyTce\n    pollutionCategory\n    seriousDishonesty\n    majorIncidentLastYear\n    missingFacts\n    factMeta {\n      fact\n      source\n      updatedAt\n      verifiedAt\n    }\n  }\n": typeof types.EnterpriseProfileFragmentDoc,
    "\n  query Enterprises($filter: EnterpriseFilter, $first: Int!, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          uscc\n          name\n          industry\n          chainSegment\n          tier\n          parkCode\n          sample\n          updatedAt\n          missingFacts\n        }\n      }\n    }\n  }\n": typeof types.EnterprisesDocument,
    "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseProfile\n    }\n  }\n": typeof types.EnterpriseDocument,
    "\n  query MyEnterprise {\n    myEnterprise {\n      ...EnterpriseProfile\n    }\n  }\n": typeof types.MyEnterpriseDocument,
    "\n  query EnterpriseHistory($id: ID!, $first: Int!, $after: String) {\n    enterprise(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            at\n            actorName\n            actorRole\n            kind\n            fact\n            before\n            after\n            source\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseHistoryDocument,
    "\n  mutation UpdateEnterpriseProfile($id: ID!, $version: Int, $input: EnterpriseProfileInput!) {\n    updateEnterpriseProfile(id: $id, version: $version, input: $input) {\n      ...EnterpriseProfile\n    }\n  }\n": typeof types.UpdateEnterpriseProfileDocument,
    "\n  mutation VerifyEnterpriseFacts($id: ID!, $version: Int, $facts: [String!]!) {\n    verifyEnterpriseFacts(id: $id, version: $version, facts: $facts) {\n      ...EnterpriseProfile\n    }\n  }\n": typeof types.VerifyEnterpriseFactsDocument,
    "\n  mutation ImportEnterprises($file: String!) {\n    importEnterprises(file: $file) {\n      rows\n      created\n      updated\n      unchanged\n      rejectedRows\n      rejected {\n        row\n        column\n        uscc\n        reason\n      }\n    }\n  }\n": typeof types.ImportEnterprisesDocument,
    "\n  query EnterpriseImportTemplate {\n    enterpriseImportTemplate\n  }\n": typeof types.EnterpriseImportTemplateDocument,
    "\n  query Industries {\n    industries {\n      code\n      name\n      nameEn\n      category\n      description\n      descriptionEn\n      planRef\n      segments {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.IndustriesDocument,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean! = false) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          titleEn\n          body\n          bodyEn\n          data\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation CreatePark($input: CreateParkInput!) {\n    createPark(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateParkDocument,
    "\n  mutation UpdatePark($id: ID!, $version: Int!, $input: UpdateParkInput!) {\n    updatePark(id: $id, version: $version, input: $input) {\n      id\n      version\n      freeLandMu\n      freeFloorSqm\n    }\n  }\n": typeof types.UpdateParkDocument,
    "\n  query Parks($filter: ParkFilter) {\n    parks(filter: $filter) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      targetIndustries\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      lng\n      lat\n      sampleFields\n    }\n  }\n": typeof types.ParksDocument,
    "\n  query Park($id: ID!) {\n    park(id: $id) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      children {\n        id\n        code\n        name\n        nameEn\n        kind\n      }\n      positioning\n      positioningEn\n      planRef\n      targetIndustries\n      forbiddenIndustries\n      forbidsThreeHigh\n      maxPollution\n      maxEnergyTce\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      servedTiers\n      infrastructure\n      lng\n      lat\n      sampleFields\n      version\n    }\n  }\n": typeof types.ParkDocument,
    "\n  query HeadlineFigures {\n    headlineFigures {\n      code\n      label\n      labelEn\n      value\n      unit\n      unitEn\n      baseline\n      year\n      planRef\n      qualifier\n    }\n  }\n": typeof types.HeadlineFiguresDocument,
    "\n  query Policies($status: PolicyStatus, $kind: PolicyKind, $industryCode: String, $search: String) {\n    policies(status: $status, kind: $kind, industryCode: $industryCode, search: $search) {\n      id\n      code\n      version\n      status\n      kind\n      title\n      titleEn\n      targetIndustries\n      targetTiers\n      maxBenefit\n      effectiveFrom\n      effectiveTo\n      applicationDeadline\n      isExample\n    }\n  }\n": typeof types.PoliciesDocument,
    "\n  fragment PolicyContent on Policy {\n    code\n    title\n    titleEn\n    summary\n    summaryEn\n    issuingDepartment\n    documentNumber\n    sourceUrl\n    kind\n    targetIndustries\n    targetTiers\n    targetParks\n    criteria\n    benefitFormula\n    maxBenefit\n    stackingGroup\n    applicationDeadline\n    effectiveFrom\n    effectiveTo\n    isExample\n    testCases {\n      name\n      facts\n      expectedOutcome\n      expectedBenefit\n      asOf\n    }\n  }\n": typeof types.PolicyContentFragmentDoc,
    "\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      id\n      version\n      status\n      rowVersion\n      publishedAt\n      retiredAt\n      updatedAt\n      engineVersion\n      criteriaText\n      benefitText\n      ...PolicyContent\n      versions {\n        id\n        version\n        status\n        publishedAt\n        retiredAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.PolicyDocument,
    "\n  mutation CreatePolicy($input: PolicyInput!) {\n    createPolicy(input: $input) {\n      id\n      code\n      version\n      status\n      rowVersion\n    }\n  }\n": typeof types.CreatePolicyDocument,
    "\n  mutation UpdatePolicy($id: ID!, $input: PolicyInput!, $rowVersion: Int) {\n    updatePolicy(id: $id, input: $input, rowVersion: $rowVersion) {\n      id\n      code\n      version\n      status\n      rowVersion\n    }\n  }\n": typeof types.UpdatePolicyDocument,
    "\n  mutation PublishPolicy($id: ID!) {\n    publishPolicy(id: $id) {\n      id\n      version\n      status\n      publishedAt\n      matchRun {\n        id\n        status\n        total\n        done\n        failed\n      }\n    }\n  }\n": typeof types.PublishPolicyDocument,
    "\n  mutation RetirePolicy($id: ID!) {\n    retirePolicy(id: $id) {\n      id\n      version\n      status\n      retiredAt\n    }\n  }\n": typeof types.RetirePolicyDocument,
    "\n  query EvaluatePolicy($input: PolicyInput!, $facts: JSON!, $asOf: String) {\n    evaluatePolicy(input: $input, facts: $facts, asOf: $asOf) {\n      outcome\n      benefit\n      explanation\n      missingFacts\n      nearMisses\n      inEffect\n      asOf\n    }\n  }\n": typeof types.EvaluatePolicyDocument,
    "\n  query RunPolicyTestCases($input: PolicyInput!) {\n    runPolicyTestCases(input: $input) {\n      name\n      passed\n      asOf\n      expectedOutcome\n      actualOutcome\n      expectedBenefit\n      actualBenefit\n      explanation\n      missingFacts\n      nearMisses\n      factFaults\n    }\n  }\n": typeof types.RunPolicyTestCasesDocument,
    "\n  query SimulatePolicy($input: PolicyInput!, $asOf: String, $limit: Int) {\n    simulatePolicy(input: $input, asOf: $asOf, limit: $limit) {\n      asOf\n      total\n      eligible\n      ineligible\n      needsInfo\n      totalBenefit\n      subjectsAvailable\n      comparedWithVersion\n      newlyEligibleCount\n      droppedOutCount\n      newlyEligible {\n        ...SimulationChangeFields\n      }\n      droppedOut {\n        ...SimulationChangeFields\n      }\n      byIndustry {\n        ...SimulationBucketFields\n      }\n      byTier {\n        ...SimulationBucketFields\n      }\n      byPark {\n        ...SimulationBucketFields\n      }\n    }\n  }\n": typeof types.SimulatePolicyDocument,
    "\n  fragment SimulationBucketFields on SimulationBucket {\n    key\n    label\n    total\n    eligible\n    ineligible\n    needsInfo\n    benefit\n  }\n": typeof types.SimulationBucketFieldsFragmentDoc,
    "\n  fragment SimulationChangeFields on SimulationChange {\n    enterpriseId\n    name\n    outcome\n    previousOutcome\n    benefit\n    previousBenefit\n  }\n": typeof types.SimulationChangeFieldsFragmentDoc,
    "\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n    registerEnterprise(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.RegisterEnterpriseDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment EnterpriseProfile on Enterprise {\n    id\n    uscc\n    name\n    contactName\n    contactPhone\n    contactEmail\n    address\n    version\n    sample\n    createdAt\n    updatedAt\n    registeredAt\n    employees\n    techStaff\n    revenue\n    rdExpense\n    revenue3y\n    rdExpense3y\n    highTechRevenue\n    totalAssets\n    inventionPatents\n    otherIp\n    taxPaid\n    industry\n    chainSegment\n    tier\n    ownership\n    isHighTechCertified\n    inZone\n    parkCode\n    energyTce\n    pollutionCategory\n    seriousDishonesty\n    majorIncidentLastYear\n    missingFacts\n    factMeta {\n      fact\n      source\n      updatedAt\n      verifiedAt\n    }\n  }\n": types.EnterpriseProfileFragmentDoc,
    "\n  query Enterprises($filter: EnterpriseFilter, $first: Int!, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          uscc\n          name\n          industry\n          chainSegment\n          tier\n          parkCode\n          sample\n          updatedAt\n          missingFacts\n        }\n      }\n    }\n  }\n": types.EnterprisesDocument,
    "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseProfile\n    }\n  }\n": types.EnterpriseDocument,
    "\n  query MyEnterprise {\n    myEnterprise {\n      ...EnterpriseProfile\n    }\n  }\n": types.MyEnterpriseDocument,
    "\n  query EnterpriseHistory($id: ID!, $first: Int!, $after: String) {\n    enterprise(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            at\n            actorName\n            actorRole\n            kind\n            fact\n            before\n            after\n            source\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseHistoryDocument,
    "\n  mutation UpdateEnterpriseProfile($id: ID!, $version: Int, $input: EnterpriseProfileInput!) {\n    updateEnterpriseProfile(id: $id, version: $version, input: $input) {\n      ...EnterpriseProfile\n    }\n  }\n": types.UpdateEnterpriseProfileDocument,
    "\n  mutation VerifyEnterpriseFacts($id: ID!, $version: Int, $facts: [String!]!) {\n    verifyEnterpriseFacts(id: $id, version: $version, facts: $facts) {\n      ...EnterpriseProfile\n    }\n  }\n": types.VerifyEnterpriseFactsDocument,
    "\n  mutation ImportEnterprises($file: String!) {\n    importEnterprises(file: $file) {\n      rows\n      created\n      updated\n      unchanged\n      rejectedRows\n      rejected {\n        row\n        column\n        uscc\n        reason\n      }\n    }\n  }\n": types.ImportEnterprisesDocument,
    "\n  query EnterpriseImportTemplate {\n    enterpriseImportTemplate\n  }\n": types.EnterpriseImportTemplateDocument,
    "\n  query Industries {\n    industries {\n      code\n      name\n      nameEn\n      category\n      description\n      descriptionEn\n      planRef\n      segments {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": types.IndustriesDocument,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean! = false) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          titleEn\n          body\n          bodyEn\n          data\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation CreatePark($input: CreateParkInput!) {\n    createPark(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateParkDocument,
    "\n  mutation UpdatePark($id: ID!, $version: Int!, $input: UpdateParkInput!) {\n    updatePark(id: $id, version: $version, input: $input) {\n      id\n      version\n      freeLandMu\n      freeFloorSqm\n    }\n  }\n": types.UpdateParkDocument,
    "\n  query Parks($filter: ParkFilter) {\n    parks(filter: $filter) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      targetIndustries\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      lng\n      lat\n      sampleFields\n    }\n  }\n": types.ParksDocument,
    "\n  query Park($id: ID!) {\n    park(id: $id) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      children {\n        id\n        code\n        name\n        nameEn\n        kind\n      }\n      positioning\n      positioningEn\n      planRef\n      targetIndustries\n      forbiddenIndustries\n      forbidsThreeHigh\n      maxPollution\n      maxEnergyTce\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      servedTiers\n      infrastructure\n      lng\n      lat\n      sampleFields\n      version\n    }\n  }\n": types.ParkDocument,
    "\n  query HeadlineFigures {\n    headlineFigures {\n      code\n      label\n      labelEn\n      value\n      unit\n      unitEn\n      baseline\n      year\n      planRef\n      qualifier\n    }\n  }\n": types.HeadlineFiguresDocument,
    "\n  query Policies($status: PolicyStatus, $kind: PolicyKind, $industryCode: String, $search: String) {\n    policies(status: $status, kind: $kind, industryCode: $industryCode, search: $search) {\n      id\n      code\n      version\n      status\n      kind\n      title\n      titleEn\n      targetIndustries\n      targetTiers\n      maxBenefit\n      effectiveFrom\n      effectiveTo\n      applicationDeadline\n      isExample\n    }\n  }\n": types.PoliciesDocument,
    "\n  fragment PolicyContent on Policy {\n    code\n    title\n    titleEn\n    summary\n    summaryEn\n    issuingDepartment\n    documentNumber\n    sourceUrl\n    kind\n    targetIndustries\n    targetTiers\n    targetParks\n    criteria\n    benefitFormula\n    maxBenefit\n    stackingGroup\n    applicationDeadline\n    effectiveFrom\n    effectiveTo\n    isExample\n    testCases {\n      name\n      facts\n      expectedOutcome\n      expectedBenefit\n      asOf\n    }\n  }\n": types.PolicyContentFragmentDoc,
    "\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      id\n      version\n      status\n      rowVersion\n      publishedAt\n      retiredAt\n      updatedAt\n      engineVersion\n      criteriaText\n      benefitText\n      ...PolicyContent\n      versions {\n        id\n        version\n        status\n        publishedAt\n        retiredAt\n        updatedAt\n      }\n    }\n  }\n": types.PolicyDocument,
    "\n  mutation CreatePolicy($input: PolicyInput!) {\n    createPolicy(input: $input) {\n      id\n      code\n      version\n      status\n      rowVersion\n    }\n  }\n": types.CreatePolicyDocument,
    "\n  mutation UpdatePolicy($id: ID!, $input: PolicyInput!, $rowVersion: Int) {\n    updatePolicy(id: $id, input: $input, rowVersion: $rowVersion) {\n      id\n      code\n      version\n      status\n      rowVersion\n    }\n  }\n": types.UpdatePolicyDocument,
    "\n  mutation PublishPolicy($id: ID!) {\n    publishPolicy(id: $id) {\n      id\n      version\n      status\n      publishedAt\n      matchRun {\n        id\n        status\n        total\n        done\n        failed\n      }\n    }\n  }\n": types.PublishPolicyDocument,
    "\n  mutation RetirePolicy($id: ID!) {\n    retirePolicy(id: $id) {\n      id\n      version\n      status\n      retiredAt\n    }\n  }\n": types.RetirePolicyDocument,
    "\n  query EvaluatePolicy($input: PolicyInput!, $facts: JSON!, $asOf: String) {\n    evaluatePolicy(input: $input, facts: $facts, asOf: $asOf) {\n      outcome\n      benefit\n      explanation\n      missingFacts\n      nearMisses\n      inEffect\n      asOf\n    }\n  }\n": types.EvaluatePolicyDocument,
    "\n  query RunPolicyTestCases($input: PolicyInput!) {\n    runPolicyTestCases(input: $input) {\n      name\n      passed\n      asOf\n      expectedOutcome\n      actualOutcome\n      expectedBenefit\n      actualBenefit\n      explanation\n      missingFacts\n      nearMisses\n      factFaults\n    }\n  }\n": types.RunPolicyTestCasesDocument,
    "\n  query SimulatePolicy($input: PolicyInput!, $asOf: String, $limit: Int) {\n    simulatePolicy(input: $input, asOf: $asOf, limit: $limit) {\n      asOf\n      total\n      eligible\n      ineligible\n      needsInfo\n      totalBenefit\n      subjectsAvailable\n      comparedWithVersion\n      newlyEligibleCount\n      droppedOutCount\n      newlyEligible {\n        ...SimulationChangeFields\n      }\n      droppedOut {\n        ...SimulationChangeFields\n      }\n      byIndustry {\n        ...SimulationBucketFields\n      }\n      byTier {\n        ...SimulationBucketFields\n      }\n      byPark {\n        ...SimulationBucketFields\n      }\n    }\n  }\n": types.SimulatePolicyDocument,
    "\n  fragment SimulationBucketFields on SimulationBucket {\n    key\n    label\n    total\n    eligible\n    ineligible\n    needsInfo\n    benefit\n  }\n": types.SimulationBucketFieldsFragmentDoc,
    "\n  fragment SimulationChangeFields on SimulationChange {\n    enterpriseId\n    name\n    outcome\n    previousOutcome\n    benefit\n    previousBenefit\n  }\n": types.SimulationChangeFieldsFragmentDoc,
    "\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n    registerEnterprise(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.RegisterEnterpriseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseProfile on Enterprise {\n    id\n    uscc\n    name\n    contactName\n    contactPhone\n    contactEmail\n    address\n    version\n    sample\n    createdAt\n    updatedAt\n    registeredAt\n    employees\n    techStaff\n    revenue\n    rdExpense\n    revenue3y\n    rdExpense3y\n    highTechRevenue\n    totalAssets\n    inventionPatents\n    otherIp\n    taxPaid\n    industry\n    chainSegment\n    tier\n    ownership\n    isHighTechCertified\n    inZone\n    parkCode\n    energyTce\n    pollutionCategory\n    seriousDishonesty\n    majorIncidentLastYear\n    missingFacts\n    factMeta {\n      fact\n      source\n      updatedAt\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  fragment EnterpriseProfile on Enterprise {\n    id\n    uscc\n    name\n    contactName\n    contactPhone\n    contactEmail\n    address\n    version\n    sample\n    createdAt\n    updatedAt\n    registeredAt\n    employees\n    techStaff\n    revenue\n    rdExpense\n    revenue3y\n    rdExpense3y\n    highTechRevenue\n    totalAssets\n    inventionPatents\n    otherIp\n    taxPaid\n    industry\n    chainSegment\n    tier\n    ownership\n    isHighTechCertified\n    inZone\n    parkCode\n    energyTce\n    pollutionCategory\n    seriousDishonesty\n    majorIncidentLastYear\n    missingFacts\n    factMeta {\n      fact\n      source\n      updatedAt\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprises($filter: EnterpriseFilter, $first: Int!, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          uscc\n          name\n          industry\n          chainSegment\n          tier\n          parkCode\n          sample\n          updatedAt\n          missingFacts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Enterprises($filter: EnterpriseFilter, $first: Int!, $after: String) {\n    enterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          uscc\n          name\n          industry\n          chainSegment\n          tier\n          parkCode\n          sample\n          updatedAt\n          missingFacts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseProfile\n    }\n  }\n"): (typeof documents)["\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnterprise {\n    myEnterprise {\n      ...EnterpriseProfile\n    }\n  }\n"): (typeof documents)["\n  query MyEnterprise {\n    myEnterprise {\n      ...EnterpriseProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseHistory($id: ID!, $first: Int!, $after: String) {\n    enterprise(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            at\n            actorName\n            actorRole\n            kind\n            fact\n            before\n            after\n            source\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseHistory($id: ID!, $first: Int!, $after: String) {\n    enterprise(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            id\n            at\n            actorName\n            actorRole\n            kind\n            fact\n            before\n            after\n            source\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterpriseProfile($id: ID!, $version: Int, $input: EnterpriseProfileInput!) {\n    updateEnterpriseProfile(id: $id, version: $version, input: $input) {\n      ...EnterpriseProfile\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEnterpriseProfile($id: ID!, $version: Int, $input: EnterpriseProfileInput!) {\n    updateEnterpriseProfile(id: $id, version: $version, input: $input) {\n      ...EnterpriseProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEnterpriseFacts($id: ID!, $version: Int, $facts: [String!]!) {\n    verifyEnterpriseFacts(id: $id, version: $version, facts: $facts) {\n      ...EnterpriseProfile\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEnterpriseFacts($id: ID!, $version: Int, $facts: [String!]!) {\n    verifyEnterpriseFacts(id: $id, version: $version, facts: $facts) {\n      ...EnterpriseProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportEnterprises($file: String!) {\n    importEnterprises(file: $file) {\n      rows\n      created\n      updated\n      unchanged\n      rejectedRows\n      rejected {\n        row\n        column\n        uscc\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportEnterprises($file: String!) {\n    importEnterprises(file: $file) {\n      rows\n      created\n      updated\n      unchanged\n      rejectedRows\n      rejected {\n        row\n        column\n        uscc\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseImportTemplate {\n    enterpriseImportTemplate\n  }\n"): (typeof documents)["\n  query EnterpriseImportTemplate {\n    enterpriseImportTemplate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Industries {\n    industries {\n      code\n      name\n      nameEn\n      category\n      description\n      descriptionEn\n      planRef\n      segments {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Industries {\n    industries {\n      code\n      name\n      nameEn\n      category\n      description\n      descriptionEn\n      planRef\n      segments {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean! = false) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          titleEn\n          body\n          bodyEn\n          data\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean! = false) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          titleEn\n          body\n          bodyEn\n          data\n          readAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePark($input: CreateParkInput!) {\n    createPark(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePark($input: CreateParkInput!) {\n    createPark(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePark($id: ID!, $version: Int!, $input: UpdateParkInput!) {\n    updatePark(id: $id, version: $version, input: $input) {\n      id\n      version\n      freeLandMu\n      freeFloorSqm\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePark($id: ID!, $version: Int!, $input: UpdateParkInput!) {\n    updatePark(id: $id, version: $version, input: $input) {\n      id\n      version\n      freeLandMu\n      freeFloorSqm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Parks($filter: ParkFilter) {\n    parks(filter: $filter) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      targetIndustries\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      lng\n      lat\n      sampleFields\n    }\n  }\n"): (typeof documents)["\n  query Parks($filter: ParkFilter) {\n    parks(filter: $filter) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      targetIndustries\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      lng\n      lat\n      sampleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Park($id: ID!) {\n    park(id: $id) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      children {\n        id\n        code\n        name\n        nameEn\n        kind\n      }\n      positioning\n      positioningEn\n      planRef\n      targetIndustries\n      forbiddenIndustries\n      forbidsThreeHigh\n      maxPollution\n      maxEnergyTce\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      servedTiers\n      infrastructure\n      lng\n      lat\n      sampleFields\n      version\n    }\n  }\n"): (typeof documents)["\n  query Park($id: ID!) {\n    park(id: $id) {\n      id\n      code\n      name\n      nameEn\n      kind\n      level\n      parent {\n        id\n        code\n        name\n        nameEn\n      }\n      children {\n        id\n        code\n        name\n        nameEn\n        kind\n      }\n      positioning\n      positioningEn\n      planRef\n      targetIndustries\n      forbiddenIndustries\n      forbidsThreeHigh\n      maxPollution\n      maxEnergyTce\n      totalLandMu\n      freeLandMu\n      totalFloorSqm\n      freeFloorSqm\n      servedTiers\n      infrastructure\n      lng\n      lat\n      sampleFields\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeadlineFigures {\n    headlineFigures {\n      code\n      label\n      labelEn\n      value\n      unit\n      unitEn\n      baseline\n      year\n      planRef\n      qualifier\n    }\n  }\n"): (typeof documents)["\n  query HeadlineFigures {\n    headlineFigures {\n      code\n      label\n      labelEn\n      value\n      unit\n      unitEn\n      baseline\n      year\n      planRef\n      qualifier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policies($status: PolicyStatus, $kind: PolicyKind, $industryCode: String, $search: String) {\n    policies(status: $status, kind: $kind, industryCode: $industryCode, search: $search) {\n      id\n      code\n      version\n      status\n      kind\n      title\n      titleEn\n      targetIndustries\n      targetTiers\n      maxBenefit\n      effectiveFrom\n      effectiveTo\n      applicationDeadline\n      isExample\n    }\n  }\n"): (typeof documents)["\n  query Policies($status: PolicyStatus, $kind: PolicyKind, $industryCode: String, $search: String) {\n    policies(status: $status, kind: $kind, industryCode: $industryCode, search: $search) {\n      id\n      code\n      version\n      status\n      kind\n      title\n      titleEn\n      targetIndustries\n      targetTiers\n      maxBenefit\n      effectiveFrom\n      effectiveTo\n      applicationDeadline\n      isExample\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyContent on Policy {\n    code\n    title\n    titleEn\n    summary\n    summaryEn\n    issuingDepartment\n    documentNumber\n    sourceUrl\n    kind\n    targetIndustries\n    targetTiers\n    targetParks\n    criteria\n    benefitFormula\n    maxBenefit\n    stackingGroup\n    applicationDeadline\n    effectiveFrom\n    effectiveTo\n    isExample\n    testCases {\n      name\n      facts\n      expectedOutcome\n      expectedBenefit\n      asOf\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyContent on Policy {\n    code\n    title\n    titleEn\n    summary\n    summaryEn\n    issuingDepartment\n    documentNumber\n    sourceUrl\n    kind\n    targetIndustries\n    targetTiers\n    targetParks\n    criteria\n    benefitFormula\n    maxBenefit\n    stackingGroup\n    applicationDeadline\n    effectiveFrom\n    effectiveTo\n    isExample\n    testCases {\n      name\n      facts\n      expectedOutcome\n      expectedBenefit\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      id\n      version\n      status\n      rowVersion\n      publishedAt\n      retiredAt\n      updatedAt\n      engineVersion\n      criteriaText\n      benefitText\n      ...PolicyContent\n      versions {\n        id\n        version\n        status\n        publishedAt\n        retiredAt\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      id\n      version\n      status\n      rowVersion\n      publishedAt\n      retiredAt\n      updatedAt\n      engineVersion\n      criteriaText\n      benefitText\n      ...PolicyContent\n      versions {\n        id\n        version\n        status\n        publishedAt\n        retiredAt\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicy($input: PolicyInput!) {\n    createPolicy(input: $input) {\n      id\n      code\n      version\n      status\n      rowVersion\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePolicy($input: PolicyInput!) {\n    createPolicy(input: $input) {\n      id\n      code\n      version\n      status\n      rowVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePolicy($id: ID!, $input: PolicyInput!, $rowVersion: Int) {\n    updatePolicy(id: $id, input: $input, rowVersion: $rowVersion) {\n      id\n      code\n      version\n      status\n      rowVersion\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePolicy($id: ID!, $input: PolicyInput!, $rowVersion: Int) {\n    updatePolicy(id: $id, input: $input, rowVersion: $rowVersion) {\n      id\n      code\n      version\n      status\n      rowVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPolicy($id: ID!) {\n    publishPolicy(id: $id) {\n      id\n      version\n      status\n      publishedAt\n      matchRun {\n        id\n        status\n        total\n        done\n        failed\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPolicy($id: ID!) {\n    publishPolicy(id: $id) {\n      id\n      version\n      status\n      publishedAt\n      matchRun {\n        id\n        status\n        total\n        done\n        failed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetirePolicy($id: ID!) {\n    retirePolicy(id: $id) {\n      id\n      version\n      status\n      retiredAt\n    }\n  }\n"): (typeof documents)["\n  mutation RetirePolicy($id: ID!) {\n    retirePolicy(id: $id) {\n      id\n      version\n      status\n      retiredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluatePolicy($input: PolicyInput!, $facts: JSON!, $asOf: String) {\n    evaluatePolicy(input: $input, facts: $facts, asOf: $asOf) {\n      outcome\n      benefit\n      explanation\n      missingFacts\n      nearMisses\n      inEffect\n      asOf\n    }\n  }\n"): (typeof documents)["\n  query EvaluatePolicy($input: PolicyInput!, $facts: JSON!, $asOf: String) {\n    evaluatePolicy(input: $input, facts: $facts, asOf: $asOf) {\n      outcome\n      benefit\n      explanation\n      missingFacts\n      nearMisses\n      inEffect\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunPolicyTestCases($input: PolicyInput!) {\n    runPolicyTestCases(input: $input) {\n      name\n      passed\n      asOf\n      expectedOutcome\n      actualOutcome\n      expectedBenefit\n      actualBenefit\n      explanation\n      missingFacts\n      nearMisses\n      factFaults\n    }\n  }\n"): (typeof documents)["\n  query RunPolicyTestCases($input: PolicyInput!) {\n    runPolicyTestCases(input: $input) {\n      name\n      passed\n      asOf\n      expectedOutcome\n      actualOutcome\n      expectedBenefit\n      actualBenefit\n      explanation\n      missingFacts\n      nearMisses\n      factFaults\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatePolicy($input: PolicyInput!, $asOf: String, $limit: Int) {\n    simulatePolicy(input: $input, asOf: $asOf, limit: $limit) {\n      asOf\n      total\n      eligible\n      ineligible\n      needsInfo\n      totalBenefit\n      subjectsAvailable\n      comparedWithVersion\n      newlyEligibleCount\n      droppedOutCount\n      newlyEligible {\n        ...SimulationChangeFields\n      }\n      droppedOut {\n        ...SimulationChangeFields\n      }\n      byIndustry {\n        ...SimulationBucketFields\n      }\n      byTier {\n        ...SimulationBucketFields\n      }\n      byPark {\n        ...SimulationBucketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimulatePolicy($input: PolicyInput!, $asOf: String, $limit: Int) {\n    simulatePolicy(input: $input, asOf: $asOf, limit: $limit) {\n      asOf\n      total\n      eligible\n      ineligible\n      needsInfo\n      totalBenefit\n      subjectsAvailable\n      comparedWithVersion\n      newlyEligibleCount\n      droppedOutCount\n      newlyEligible {\n        ...SimulationChangeFields\n      }\n      droppedOut {\n        ...SimulationChangeFields\n      }\n      byIndustry {\n        ...SimulationBucketFields\n      }\n      byTier {\n        ...SimulationBucketFields\n      }\n      byPark {\n        ...SimulationBucketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimulationBucketFields on SimulationBucket {\n    key\n    label\n    total\n    eligible\n    ineligible\n    needsInfo\n    benefit\n  }\n"): (typeof documents)["\n  fragment SimulationBucketFields on SimulationBucket {\n    key\n    label\n    total\n    eligible\n    ineligible\n    needsInfo\n    benefit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimulationChangeFields on SimulationChange {\n    enterpriseId\n    name\n    outcome\n    previousOutcome\n    benefit\n    previousBenefit\n  }\n"): (typeof documents)["\n  fragment SimulationChangeFields on SimulationChange {\n    enterpriseId\n    name\n    outcome\n    previousOutcome\n    benefit\n    previousBenefit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n    registerEnterprise(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {\n    registerEnterprise(input: $input) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;