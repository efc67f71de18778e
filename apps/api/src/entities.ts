import { AuditLog } from './core/audit/audit-log.entity.js';
import { OutboxEvent } from './core/queue/outbox-event.entity.js';
import { ApplicationStatusChange } from './modules/applications/application-status-change.entity.js';
import { PlacementApplication } from './modules/applications/placement-application.entity.js';
import { EnterpriseImportRun } from './modules/enterprises/enterprise-import-run.entity.js';
import { EnterpriseProfileChange } from './modules/enterprises/enterprise-profile-change.entity.js';
import { Enterprise } from './modules/enterprises/enterprise.entity.js';
import { ChainSegment } from './modules/industries/chain-segment.entity.js';
import { Industry } from './modules/industries/industry.entity.js';
import { IncubationStay } from './modules/incubation/incubation-stay.entity.js';
import { LandPlotChange } from './modules/land/land-plot-change.entity.js';
import { LandPlot } from './modules/land/land-plot.entity.js';
import { LeadActual } from './modules/leads/lead-actual.entity.js';
import { LeadAftercareVisit } from './modules/leads/lead-aftercare-visit.entity.js';
import { LeadActivity } from './modules/leads/lead-activity.entity.js';
import { LeadStageChange } from './modules/leads/lead-stage-change.entity.js';
import { Lead } from './modules/leads/lead.entity.js';
import { MatchRunChunk } from './modules/matching/match-run-chunk.entity.js';
import { MatchRun } from './modules/matching/match-run.entity.js';
import { PolicyMatchRecord } from './modules/matching/policy-match.entity.js';
import { Notification } from './modules/notifications/notification.entity.js';
import { StoredFile } from './modules/files/stored-file.entity.js';
import { EnterpriseRequest } from './modules/requests/enterprise-request.entity.js';
import { RequestMessage } from './modules/requests/request-message.entity.js';
import { ParkMatchRow } from './modules/park-matching/park-match.entity.js';
import { Park } from './modules/parks/park.entity.js';
import { ParkSpaceEntry } from './modules/parks/park-space-entry.entity.js';
import { Policy } from './modules/policies/policy.entity.js';
import { User } from './core/users/user.entity.js';

/**
 * Every TypeORM entity, listed (not globbed) so source, build and tests load the same set. It lives
 * beside FEATURE_MODULES, not in core: core owns the database connection, not the features' tables.
 */
export const ENTITIES = [
  AuditLog,
  OutboxEvent,
  User,
  Industry,
  ChainSegment,
  Park,
  ParkSpaceEntry,
  Notification,
  Policy,
  Enterprise,
  EnterpriseProfileChange,
  EnterpriseImportRun,
  PlacementApplication,
  ApplicationStatusChange,
  PolicyMatchRecord,
  MatchRun,
  MatchRunChunk,
  ParkMatchRow,
  Lead,
  LeadStageChange,
  LeadActivity,
  LeadActual,
  LeadAftercareVisit,
  EnterpriseRequest,
  RequestMessage,
  StoredFile,
  LandPlot,
  LandPlotChange,
  IncubationStay,
];
