import { EnablePgTrgm1764400000000 } from './1764400000000-enable-pg-trgm.js';
import { InitialSchema1795958785301 } from './1795958785301-initial-schema.js';
import { Policies1795960362718 } from './1795960362718-policies.js';
import { EnterprisesApplications1795960517294 } from './1795960517294-enterprises-applications.js';
import { UserEnterpriseForeignKey1795964790303 } from './1795964790303-user-enterprise-foreign-key.js';
import { MatchingPolicyMatches1796183363946 } from './1796183363946-matching-policy-matches.js';
import { ParkMatches1796183386583 } from './1796183386583-park-matches.js';
import { ApplicationInfrastructureNeeds1796190000000 } from './1796190000000-application-infrastructure-needs.js';
import { MatchRunChunkWorker1796196848808 } from './1796196848808-match-run-chunk-worker.js';
import { Leads1796198517600 } from './1796198517600-leads.js';
import { PolicyMatchesBenefitIndex1796199300000 } from './1796199300000-policy-matches-benefit-index.js';
import { EnterpriseRequests1796200267212 } from './1796200267212-enterprise-requests.js';
import { LeadEnquiries1796201541622 } from './1796201541622-lead-enquiries.js';
import { LeadActualsAndSamples1796215596634 } from './1796215596634-lead-actuals-and-samples.js';
import { LeadCommitmentsAftercare1796216501556 } from './1796216501556-lead-commitments-aftercare.js';
import { RequestAttachments1796216713569 } from './1796216713569-request-attachments.js';
import { UserTokenVersion1796217391077 } from './1796217391077-user-token-version.js';
import { EnterpriseImports1796232400175 } from './1796232400175-enterprise-imports.js';
import { UserAdminFields1796232608843 } from './1796232608843-user-admin-fields.js';
import { ApplicationDocuments1796281596095 } from './1796281596095-application-documents.js';
import { ParkSpaceLedger1796281702037 } from './1796281702037-park-space-ledger.js';
import { ListOrderIndexes1796292782490 } from './1796292782490-list-order-indexes.js';
import { LandPlots1796293191999 } from './1796293191999-land-plots.js';
import { ParkEnclaveTerms1796293733826 } from './1796293733826-park-enclave-terms.js';
import { LandPlotLocation1796305512318 } from './1796305512318-land-plot-location.js';
import { IncubationLadder1796305727160 } from './1796305727160-incubation-ladder.js';

/** Every migration in order; a committed migration is never rewritten. */
export const MIGRATIONS = [
  EnablePgTrgm1764400000000,
  InitialSchema1795958785301,
  Policies1795960362718,
  EnterprisesApplications1795960517294,
  UserEnterpriseForeignKey1795964790303,
  MatchingPolicyMatches1796183363946,
  ParkMatches1796183386583,
  ApplicationInfrastructureNeeds1796190000000,
  MatchRunChunkWorker1796196848808,
  Leads1796198517600,
  PolicyMatchesBenefitIndex1796199300000,
  EnterpriseRequests1796200267212,
  LeadEnquiries1796201541622,
  LeadActualsAndSamples1796215596634,
  LeadCommitmentsAftercare1796216501556,
  RequestAttachments1796216713569,
  UserTokenVersion1796217391077,
  EnterpriseImports1796232400175,
  UserAdminFields1796232608843,
  ApplicationDocuments1796281596095,
  ParkSpaceLedger1796281702037,
  ListOrderIndexes1796292782490,
  LandPlots1796293191999,
  ParkEnclaveTerms1796293733826,
  LandPlotLocation1796305512318,
  IncubationLadder1796305727160,
];
