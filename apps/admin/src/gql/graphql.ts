/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActivityInput = {
  /** YYYY-MM-DD: the next follow-up; it becomes the lead’s next action date. */
  followUpOn?: string | null | undefined;
  kind: ActivityKind;
  /** ISO-8601 date or date-time. */
  occurredAt: string;
  participants?: Array<string> | null | undefined;
  summary: string;
};

/** CALL 电话 · VISIT 拜访 · MEETING 会谈 · SITE_VISIT 实地考察 · EXHIBITION 展会 · EMAIL 邮件 · NOTE 备注 */
export type ActivityKind =
  | 'CALL'
  | 'EMAIL'
  | 'EXHIBITION'
  | 'MEETING'
  | 'NOTE'
  | 'SITE_VISIT'
  | 'VISIT';

/** PLANNED 待走访 · DONE 已走访 · CANCELLED 已取消 */
export type AftercareVisitStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PLANNED';

/** One assignment of a proposal: the application (at the version read) into the park. */
export type AllocationAssignmentInput = {
  applicationId: string | number;
  parkId: string | number;
  /** The application version the proposal was made from; CONFLICT when it changed. */
  version: number;
};

/** BUSINESS_LICENSE 营业执照 · FEASIBILITY_STUDY 可行性研究报告 · ENERGY_ENVIRONMENT 项目能耗及环保情况说明 · BUSINESS_PLAN 商业计划书 · OTHER 其他材料. Upload one as `POST /files/application/{id}?category=…`. */
export type ApplicationDocument =
  | 'BUSINESS_LICENSE'
  | 'BUSINESS_PLAN'
  | 'ENERGY_ENVIRONMENT'
  | 'FEASIBILITY_STUDY'
  | 'OTHER';

export type ApplicationFilter = {
  /** Staff only; an enterprise always sees its own. */
  enterpriseId?: string | number | null | undefined;
  kind?: ApplicationKind | null | undefined;
  /** Only open applications (submitted, screening, recommended, under review): not yet decided. */
  open?: boolean | null | undefined;
  /** The allocated park. */
  parkId?: string | number | null | undefined;
  status?: ApplicationStatus | null | undefined;
};

export type ApplicationInput = {
  /** YYYY-MM-DD */
  desiredMoveIn?: string | null | undefined;
  /** Keep as a DRAFT instead of submitting. */
  draft?: boolean | null | undefined;
  /** Tonnes of coal equivalent a year. */
  energyTce?: number | null | undefined;
  /** Yuan a year. */
  expectedAnnualTax?: number | null | undefined;
  /** Floor space needed, m²; for FACTORY, OFFICE, INCUBATOR_SEAT. */
  floorSqm?: number | null | undefined;
  /** Infrastructure the project needs, as park infrastructure codes (POWER_DUAL_SUPPLY, GAS, …). */
  infrastructureNeeds?: Array<string> | null | undefined;
  jobs?: number | null | undefined;
  kind: ApplicationKind;
  /** Land needed, mu (亩); for LAND. */
  landMu?: number | null | undefined;
  /** Yuan. */
  plannedInvestment?: number | null | undefined;
  pollutionCategory?: PollutionCategory | null | undefined;
  /** Preferred parks, in order of preference. */
  preferredParkIds?: Array<string | number> | null | undefined;
  /** Project summary. */
  summary?: string | null | undefined;
};

/** LAND 用地 · FACTORY 厂房 · OFFICE 办公用房 · INCUBATOR_SEAT 孵化工位 */
export type ApplicationKind =
  | 'FACTORY'
  | 'INCUBATOR_SEAT'
  | 'LAND'
  | 'OFFICE';

/** DRAFT 草稿 · SUBMITTED 已提交 · SCREENING 初筛中 · RECOMMENDED 已推荐 · UNDER_REVIEW 审核中 · RETURNED 待补正 · APPROVED 已批准 · REJECTED 已驳回 · MOVED_IN 已入驻 · WITHDRAWN 已撤回 */
export type ApplicationStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'MOVED_IN'
  | 'RECOMMENDED'
  | 'REJECTED'
  | 'RETURNED'
  | 'SCREENING'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

/** The assignments of an allocation proposal, approved together or not at all. */
export type ApplyAllocationInput = {
  assignments: Array<AllocationAssignmentInput>;
  /** A note on every approval’s timeline. */
  note?: string | null | undefined;
};

export type AuditLogFilter = {
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  /** Changes at or after this moment. */
  from?: string | null | undefined;
  /** Changes before this moment. */
  to?: string | null | undefined;
};

/** INVESTMENT 到资 · JOBS 新增就业 · TAX 纳税 */
export type CommitmentMeasure =
  | 'INVESTMENT'
  | 'JOBS'
  | 'TAX';

export type CompleteAftercareVisitInput = {
  /** YYYY-MM-DD: when the visit took place. */
  doneOn: string;
  /** What the visit found. */
  summary: string;
};

/** ENTRUSTED_MANAGEMENT 区域托管 · TAX_SHARING 税收分成 (enclave parks, plan ch.6 §1) */
export type CooperationModel =
  | 'ENTRUSTED_MANAGEMENT'
  | 'TAX_SHARING';

/** LANDED 已落地 · IN_PIPELINE 在谈/跟进中 · MISSING 缺失环节 */
export type CoverageStatus =
  | 'IN_PIPELINE'
  | 'LANDED'
  | 'MISSING';

export type CreateLeadInput = {
  /** Create even though a lead or enterprise with the same USCC or a similar name exists. */
  allowDuplicate?: boolean | null | undefined;
  chainSegment?: string | null | undefined;
  companyName: string;
  /** YYYY-MM-DD */
  constructionStartedOn?: string | null | undefined;
  contacts?: Array<LeadContactInput> | null | undefined;
  /** Yuan a year. */
  contractedAnnualTax?: number | null | undefined;
  /** Yuan. */
  contractedInvestment?: number | null | undefined;
  contractedJobs?: number | null | undefined;
  /** ISO-8601: when an inbound enquiry arrived; ONLINE_ENQUIRY leads default to now. Starts the answer clock. */
  enquiryReceivedAt?: string | null | undefined;
  /** An enterprise already in the district (expansion). */
  enterpriseId?: string | number | null | undefined;
  /** Yuan a year. */
  expectedAnnualTax?: number | null | undefined;
  /** YYYY-MM-DD */
  expectedSigningDate?: string | null | undefined;
  /** m². */
  floorSqm?: number | null | undefined;
  industryCode?: string | null | undefined;
  jobs?: number | null | undefined;
  /** Mu (亩). */
  landMu?: number | null | undefined;
  nextAction?: string | null | undefined;
  /** YYYY-MM-DD */
  nextActionDate?: string | null | undefined;
  /** YYYY-MM-DD */
  operatingSince?: string | null | undefined;
  origin?: string | null | undefined;
  /** A staff member; the creator when left out on create. */
  ownerId?: string | number | null | undefined;
  ownership?: Ownership | null | undefined;
  /** Yuan. */
  plannedInvestment?: number | null | undefined;
  pollutionCategory?: PollutionCategory | null | undefined;
  /** % */
  probability?: number | null | undefined;
  /** YYYY-MM-DD */
  signedOn?: string | null | undefined;
  source: LeadSource;
  sourceDetail?: string | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  targetFlags?: Array<LeadTargetFlag> | null | undefined;
  targetParkId?: string | number | null | undefined;
  /** 统一社会信用代码 */
  uscc?: string | null | undefined;
};

export type CreateParkInput = {
  code: string;
  /** Enclave parks: 区域托管 and/or 税收分成; absent or null = none. */
  cooperationModels?: Array<CooperationModel> | null | undefined;
  /** Enclave parks: percent (0–100) of the tax of firms placed there that the district keeps. */
  districtTaxSharePercent?: number | null | undefined;
  /** Enclave parks: the partner region (飞地合作方). */
  enclavePartner?: string | null | undefined;
  enclavePartnerEn?: string | null | undefined;
  forbiddenIndustries?: Array<string>;
  forbidsThreeHigh?: boolean;
  freeFloorSqm?: number;
  freeLandMu?: number;
  infrastructure?: Array<string>;
  kind: ParkKind;
  lat: number;
  level?: ParkLevel;
  lng: number;
  maxEnergyTce?: number | null | undefined;
  maxPollution?: PollutionCategory;
  name: string;
  nameEn: string;
  /** Code of the park this one belongs to. */
  parentCode?: string | null | undefined;
  positioning?: string;
  positioningEn?: string;
  servedTiers?: Array<Tier>;
  targetIndustries?: Array<string>;
  totalFloorSqm?: number;
  totalLandMu?: number;
};

export type CreateUserInput = {
  email: string;
  name: string;
  password: string;
  role: Role;
};

/** APPROVED 批准 · REJECTED 驳回 */
export type Decision =
  | 'APPROVED'
  | 'REJECTED';

export type DisposalRoute =
  | 'INTEGRATE'
  | 'MOVE_UPSTAIRS'
  | 'STATE_RESERVE';

export type EnterpriseFilter = {
  chainSegment?: string | null | undefined;
  industryCode?: string | null | undefined;
  parkCode?: string | null | undefined;
  /** Only demo (true) or only real (false) enterprises. */
  sample?: boolean | null | undefined;
  /** Substring of the name (Chinese included) or of the USCC. */
  search?: string | null | undefined;
  tier?: Tier | null | undefined;
};

/** RUNNING 导入中 · FINISHED 已完成 · FAILED 失败 */
export type EnterpriseImportStatus =
  | 'FAILED'
  | 'FINISHED'
  | 'RUNNING';

export type EnterpriseProfileInput = {
  address?: string | null | undefined;
  /** Chain segment code, of the industry above. */
  chainSegment?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  employees?: number | null | undefined;
  energyTce?: number | null | undefined;
  highTechRevenue?: number | null | undefined;
  inZone?: boolean | null | undefined;
  /** Industry code. */
  industry?: string | null | undefined;
  inventionPatents?: number | null | undefined;
  isHighTechCertified?: boolean | null | undefined;
  majorIncidentLastYear?: boolean | null | undefined;
  name?: string | null | undefined;
  otherIp?: number | null | undefined;
  ownership?: Ownership | null | undefined;
  /** Park code. */
  parkCode?: string | null | undefined;
  pollutionCategory?: PollutionCategory | null | undefined;
  rdExpense?: number | null | undefined;
  rdExpense3y?: number | null | undefined;
  /** YYYY-MM-DD */
  registeredAt?: string | null | undefined;
  revenue?: number | null | undefined;
  revenue3y?: number | null | undefined;
  seriousDishonesty?: boolean | null | undefined;
  taxPaid?: number | null | undefined;
  techStaff?: number | null | undefined;
  tier?: Tier | null | undefined;
  totalAssets?: number | null | undefined;
};

/** SELF_DECLARED 企业自报 · VERIFIED 已核实 · IMPORTED 批量导入 */
export type FactSource =
  | 'IMPORTED'
  | 'SELF_DECLARED'
  | 'VERIFIED';

export type IncubationEntryInput = {
  /** An offshore tenant not on the platform: its name. */
  companyName?: string | null | undefined;
  /** Entered on (YYYY-MM-DD); today by default. */
  enteredOn?: string | null | undefined;
  /** The enterprise; required in the district. */
  enterpriseId?: string | number | null | undefined;
  /** Floor space, m². */
  floorSqm?: number | null | undefined;
  /** An offshore tenant: its industry code, if known. */
  industryCode?: string | null | undefined;
  note?: string | null | undefined;
  /** The carrier (众创空间, 孵化器, 加速器 or an offshore incubator). */
  parkId: string | number;
  /** Seats (工位); give seats, floor space or both. */
  seats?: number | null | undefined;
  /** An offshore tenant: its 统一社会信用代码, if known. */
  uscc?: string | null | undefined;
};

export type IncubationExitInput = {
  /** Graduation: the park of the next rung to apply to; suitable ones are suggested when absent. */
  nextParkId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** The date (YYYY-MM-DD); today by default. */
  on?: string | null | undefined;
};

export type IncubationStayFilter = {
  /** Staff: one enterprise’s stays (an enterprise sees its own). */
  enterpriseId?: string | number | null | undefined;
  parkId?: string | number | null | undefined;
  status?: IncubationStayStatus | null | undefined;
};

/** IN_RESIDENCE 在孵 · GRADUATED 毕业 · LEFT 退出 */
export type IncubationStayStatus =
  | 'GRADUATED'
  | 'IN_RESIDENCE'
  | 'LEFT';

export type IncubationStayUpdateInput = {
  /** Entered on (YYYY-MM-DD); not in the future nor after the graduation or leaving date. */
  enteredOn?: string | null | undefined;
  /** Floor space, m², up to 1000000; null clears it. */
  floorSqm?: number | null | undefined;
  /** The note; an empty text clears it. */
  note?: string | null | undefined;
  /** Seats (工位), 1–10000; null clears them. */
  seats?: number | null | undefined;
};

export type IndustryCategory =
  | 'AGRICULTURE'
  | 'CULTURE_TOURISM'
  | 'FUTURE'
  | 'PRIORITY'
  | 'SERVICE'
  | 'TRADITIONAL';

export type LandPlotFilter = {
  disposalRoute?: DisposalRoute | null | undefined;
  parkId?: string | number | null | undefined;
  /** true: plots recovered (a recovery date: recovered, or reassigned since); false: the others. */
  recovered?: boolean | null | undefined;
  /** false: real plots only; true: demo (sample) plots only. */
  sample?: boolean | null | undefined;
  status?: LandPlotStatus | null | undefined;
  /** Any of these statuses (with status: both apply), e.g. IDLE and UNDER_RECOVERY for the idle plots. */
  statuses?: Array<LandPlotStatus> | null | undefined;
};

export type LandPlotInput = {
  /** Area in mu (亩), more than 0. */
  areaMu: number;
  /** The plot number (地块编号), unique. */
  code: string;
  /** The planned disposal route. */
  disposalRoute?: DisposalRoute | null | undefined;
  /** The holder, an enterprise on the platform; or give holderName. */
  holderEnterpriseId?: string | number | null | undefined;
  /** The holder’s name when it is not on the platform. */
  holderName?: string | null | undefined;
  /** Idle since (YYYY-MM-DD), for an idle plot; today by default. */
  idleSince?: string | null | undefined;
  /** Latitude (WGS-84), 18–54 like a park’s; give lng with it, or null both to clear. */
  lat?: number | null | undefined;
  /** Longitude (WGS-84), 73–135 like a park’s; give lat with it, or null both to clear. */
  lng?: number | null | undefined;
  note?: string | null | undefined;
  parkId: string | number;
  /** IN_USE or IDLE. */
  status?: LandPlotStatus;
};

export type LandPlotStatus =
  | 'IDLE'
  | 'IN_USE'
  | 'REASSIGNED'
  | 'RECOVERED'
  | 'UNDER_RECOVERY';

export type LeadActualInput = {
  /** People hired that year. */
  hires?: number | null | undefined;
  /** 到资 that year, yuan. */
  investmentPaid?: number | null | undefined;
  note?: string | null | undefined;
  /** Tax paid that year, yuan. */
  taxPaid?: number | null | undefined;
  /** Calendar year the figures cover. */
  year: number;
};

export type LeadAftercareFlagsInput = {
  atRisk?: boolean | null | undefined;
  /** Required when atRisk is true. */
  atRiskReason?: string | null | undefined;
  expansionIntent?: boolean | null | undefined;
};

export type LeadContactInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  title?: string | null | undefined;
};

/** INDUSTRY 产业 · PARK 意向园区 · SOURCE 来源渠道 · OWNER 负责人 · MONTH / QUARTER / YEAR 按期间 (the period basis date: creation by default, or signing) */
export type LeadDimension =
  | 'INDUSTRY'
  | 'MONTH'
  | 'OWNER'
  | 'PARK'
  | 'QUARTER'
  | 'SOURCE'
  | 'YEAR';

export type LeadFilter = {
  /** Only projects whose planned aftercare visit is past due. */
  aftercareOverdue?: boolean | null | undefined;
  /** Only projects flagged 经营风险 (at risk). */
  atRisk?: boolean | null | undefined;
  /** Chain segment code (the chain-coverage map links here). */
  chainSegment?: string | null | undefined;
  /** Only inbound enquiries still unanswered past their deadline. */
  enquiryOverdue?: boolean | null | undefined;
  /** Only projects flagged 扩产意向 (expansion). */
  expansionIntent?: boolean | null | undefined;
  industryCode?: string | null | undefined;
  /** Only leads whose next action date has passed. */
  overdue?: boolean | null | undefined;
  ownerId?: string | number | null | undefined;
  /** The target park. */
  parkId?: string | number | null | undefined;
  /** A substring of the company name (Chinese included). */
  search?: string | null | undefined;
  /** Only landed projects whose actuals fall short of a commitment (see Lead.commitments). */
  shortfall?: boolean | null | undefined;
  source?: LeadSource | null | undefined;
  stage?: LeadStage | null | undefined;
};

/** EXPO_CHINA_EURASIA 亚欧博览会 · CANTON_FAIR 广交会 · PROCUREMENT_FAIR 跨国采购会 · VIA_ENTERPRISE 以商招商 · CONSULTANT 咨询招商 · PAIRING_PROVINCE 对口援疆 · OFFSHORE_INCUBATOR 离岸孵化器 · ONLINE_ENQUIRY 在线咨询 · REFERRAL 推荐 · OTHER 其他 */
export type LeadSource =
  | 'CANTON_FAIR'
  | 'CONSULTANT'
  | 'EXPO_CHINA_EURASIA'
  | 'OFFSHORE_INCUBATOR'
  | 'ONLINE_ENQUIRY'
  | 'OTHER'
  | 'PAIRING_PROVINCE'
  | 'PROCUREMENT_FAIR'
  | 'REFERRAL'
  | 'VIA_ENTERPRISE';

/** LEAD 线索 · CONTACTED 接洽 · VISITED 考察 · NEGOTIATING 在谈 · SIGNED 签约 · REGISTERED 注册 · CONSTRUCTING 开工 · OPERATING 投产 · AFTERCARE 服务 · LOST 流失 */
export type LeadStage =
  | 'AFTERCARE'
  | 'CONSTRUCTING'
  | 'CONTACTED'
  | 'LEAD'
  | 'LOST'
  | 'NEGOTIATING'
  | 'OPERATING'
  | 'REGISTERED'
  | 'SIGNED'
  | 'VISITED';

/** GLOBAL_500 世界500强 · CHINA_500 中国500强 · CENTRAL_SOE 实力央企 · LEADING_PRIVATE 知名民企 · WELL_KNOWN_BRAND 驰名商标 · INDUSTRY_LEADER 行业领军 · TECH_PIONEER 科技先导 · LISTED 上市公司 */
export type LeadTargetFlag =
  | 'CENTRAL_SOE'
  | 'CHINA_500'
  | 'GLOBAL_500'
  | 'INDUSTRY_LEADER'
  | 'LEADING_PRIVATE'
  | 'LISTED'
  | 'TECH_PIONEER'
  | 'WELL_KNOWN_BRAND';

/** RUNNING 进行中 · FINISHED 已完成 · FAILED 失败 */
export type MatchRunStatus =
  | 'FAILED'
  | 'FINISHED'
  | 'RUNNING';

/** POLICY_PUBLISHED 政策发布 · POLICY_RETIRED 政策废止 · DAILY 每日（政策生效或到期） · DEMO_SEED 载入示例数据 */
export type MatchRunTrigger =
  | 'DAILY'
  | 'DEMO_SEED'
  | 'POLICY_PUBLISHED'
  | 'POLICY_RETIRED';

export type MoveLandPlotInput = {
  /** Required to start a recovery. */
  disposalRoute?: DisposalRoute | null | undefined;
  /** The enterprise a recovered plot is reassigned to. */
  enterpriseId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** The date of the step (YYYY-MM-DD); today by default. */
  on?: string | null | undefined;
  status: LandPlotStatus;
};

/** ELIGIBLE 符合 · INELIGIBLE 不符合 · NEEDS_INFO 待补充信息 */
export type Outcome =
  | 'ELIGIBLE'
  | 'INELIGIBLE'
  | 'NEEDS_INFO';

/** STATE 国有 · PRIVATE 民营 · FOREIGN 外资 · JOINT 合资 */
export type Ownership =
  | 'FOREIGN'
  | 'JOINT'
  | 'PRIVATE'
  | 'STATE';

export type ParkFilter = {
  /** Parks that target this industry. */
  industryCode?: string | null | undefined;
  kind?: ParkKind | null | undefined;
  parentId?: string | number | null | undefined;
  /** Substring of the Chinese or English name, or the code. */
  search?: string | null | undefined;
};

export type ParkKind =
  | 'ACCELERATOR'
  | 'ENCLAVE_PARK'
  | 'INCUBATOR'
  | 'INDUSTRIAL_PARK'
  | 'MAKERSPACE'
  | 'SPECIALTY_PARK'
  | 'TOWN'
  | 'ZONE';

export type ParkLevel =
  | 'DISTRICT'
  | 'MUNICIPAL'
  | 'NATIONAL'
  | 'REGIONAL';

/** What a project needs, as the application wizard knows it before submitting. */
export type ParkMatchPreviewInput = {
  /** Tonnes of coal equivalent a year. */
  energyTce?: number | null | undefined;
  /** Whose profile facts to match with: staff name any enterprise; an enterprise's user always its own. */
  enterpriseId?: string | number | null | undefined;
  /** Floor space needed, m²; for the other kinds. */
  floorSqm?: number | null | undefined;
  /** Park infrastructure codes (POWER_DUAL_SUPPLY, GAS, …). */
  infrastructureNeeds?: Array<string> | null | undefined;
  kind: ApplicationKind;
  /** Land needed, mu (亩); for LAND. */
  landMu?: number | null | undefined;
  pollutionCategory?: PollutionCategory | null | undefined;
};

export type ParkSpaceChangeKind =
  | 'ALLOCATION'
  | 'APPROVAL'
  | 'CREATED'
  | 'HAND_EDIT'
  | 'LAND_REASSIGNED'
  | 'LAND_RECOVERED'
  | 'RELEASE';

/** CREATED 按线索创建日期 · SIGNED 按签约日期 (signedOn) */
export type PeriodBasis =
  | 'CREATED'
  | 'SIGNED';

/** Inclusive days (YYYY-MM-DD, Beijing time), either end open. `basis` says which date they bound: CREATED (default) the day the lead was created, SIGNED its signing date (unsigned leads fall outside). */
export type PeriodInput = {
  basis?: PeriodBasis | null | undefined;
  /** First day, YYYY-MM-DD. */
  from?: string | null | undefined;
  /** Last day, YYYY-MM-DD (included). */
  to?: string | null | undefined;
};

export type PolicyInput = {
  /** 'YYYY-MM-DD' */
  applicationDeadline?: string | null | undefined;
  /** JsonLogic giving yuan; 0 when the policy pays no estimable amount. */
  benefitFormula?: unknown;
  /** Upper-case letters, digits and _; the same for every version of a policy. */
  code: string;
  /** JsonLogic over the fact vocabulary, giving true or false. */
  criteria: unknown;
  /** 发文字号 */
  documentNumber?: string | null | undefined;
  /** 'YYYY-MM-DD' */
  effectiveFrom?: string | null | undefined;
  /** 'YYYY-MM-DD' */
  effectiveTo?: string | null | undefined;
  /** Thresholds and amounts are illustrations, not the real policy. */
  isExample?: boolean | null | undefined;
  issuingDepartment?: string | null | undefined;
  kind: PolicyKind;
  /** Cap in yuan; null = no cap. */
  maxBenefit?: number | null | undefined;
  sourceUrl?: string | null | undefined;
  stackingGroup?: string | null | undefined;
  summary?: string | null | undefined;
  summaryEn?: string | null | undefined;
  targetIndustries?: Array<string> | null | undefined;
  targetParks?: Array<string> | null | undefined;
  targetTiers?: Array<Tier> | null | undefined;
  testCases?: Array<PolicyTestCaseInput> | null | undefined;
  title: string;
  /** Optional: without one, English pages show the Chinese title. */
  titleEn?: string | null | undefined;
};

/** SUBSIDY 资金补贴 · TAX 税收优惠 · TALENT 人才 · LAND 用地 · RENT 房租 · FINANCE 金融 · OTHER 其他 */
export type PolicyKind =
  | 'FINANCE'
  | 'LAND'
  | 'OTHER'
  | 'RENT'
  | 'SUBSIDY'
  | 'TALENT'
  | 'TAX';

/** DRAFT 草稿 · PUBLISHED 已发布 · RETIRED 已废止 */
export type PolicyStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

export type PolicyTestCaseInput = {
  /** 'YYYY-MM-DD'; default the policy's effectiveFrom, else today. */
  asOf?: string | null | undefined;
  /** Yuan; null = not checked. */
  expectedBenefit?: number | null | undefined;
  expectedOutcome: Outcome;
  /** Stored facts (not derived ones); a fact left out or null is missing. */
  facts: unknown;
  name: string;
};

export type PollutionCategory =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** CHANGE 修改 · VERIFY 核实 */
export type ProfileChangeKind =
  | 'CHANGE'
  | 'VERIFY';

export type RegisterEnterpriseInput = {
  /** Name of the person signing up (defaults to the enterprise name). */
  contactName?: string | null | undefined;
  email: string;
  /** The enterprise name as registered. */
  name: string;
  password: string;
  /** 统一社会信用代码, 18 characters (GB 32100-2015). */
  uscc: string;
};

export type RequestFilter = {
  /** Unanswered past the response deadline. */
  overdue?: boolean | null | undefined;
  /** Staff only. */
  ownerId?: string | number | null | undefined;
  status?: RequestStatus | null | undefined;
};

export type RequestInput = {
  body: string;
  kind: RequestKind;
  subject: string;
};

/** POLICY 政策咨询 · PERMIT 审批办事 · FINANCING 融资需求 · TALENT 人才用工 · LAND_SPACE 用地用房 · UTILITIES 水电气暖 · COMPLAINT 投诉 · OTHER 其他 */
export type RequestKind =
  | 'COMPLAINT'
  | 'FINANCING'
  | 'LAND_SPACE'
  | 'OTHER'
  | 'PERMIT'
  | 'POLICY'
  | 'TALENT'
  | 'UTILITIES';

/** OPEN 待答复 · ANSWERED 已答复 · RESOLVED 已解决 · CLOSED 已关闭 */
export type RequestStatus =
  | 'ANSWERED'
  | 'CLOSED'
  | 'OPEN'
  | 'RESOLVED';

/** ADMIN 管理员 · BUREAU_STAFF 招商局工作人员 · ENTERPRISE 企业 */
export type Role =
  | 'ADMIN'
  | 'BUREAU_STAFF'
  | 'ENTERPRISE';

export type ScheduleAftercareVisitInput = {
  /** Who is to visit (a staff member); the lead’s owner by default. */
  assigneeId?: string | number | null | undefined;
  /** YYYY-MM-DD */
  dueOn: string;
};

/** 科技型中小企业 → 高新技术企业 → 科技小巨人企业 → 创新型领军企业 */
export type Tier =
  | 'HIGH_TECH'
  | 'LEADING'
  | 'LITTLE_GIANT'
  | 'TECH_SME';

export type UpdateLandPlotInput = {
  /** Area in mu (亩), more than 0. */
  areaMu?: number | null | undefined;
  /** The plot number (地块编号), unique. */
  code?: string | null | undefined;
  /** The planned disposal route. */
  disposalRoute?: DisposalRoute | null | undefined;
  /** The holder, an enterprise on the platform; or give holderName. */
  holderEnterpriseId?: string | number | null | undefined;
  /** The holder’s name when it is not on the platform. */
  holderName?: string | null | undefined;
  /** Latitude (WGS-84), 18–54 like a park’s; give lng with it, or null both to clear. */
  lat?: number | null | undefined;
  /** Longitude (WGS-84), 73–135 like a park’s; give lat with it, or null both to clear. */
  lng?: number | null | undefined;
  note?: string | null | undefined;
  parkId?: string | number | null | undefined;
};

export type UpdateLeadInput = {
  chainSegment?: string | null | undefined;
  companyName?: string | null | undefined;
  /** YYYY-MM-DD */
  constructionStartedOn?: string | null | undefined;
  contacts?: Array<LeadContactInput> | null | undefined;
  /** Yuan a year. */
  contractedAnnualTax?: number | null | undefined;
  /** Yuan. */
  contractedInvestment?: number | null | undefined;
  contractedJobs?: number | null | undefined;
  /** An enterprise already in the district (expansion). */
  enterpriseId?: string | number | null | undefined;
  /** Yuan a year. */
  expectedAnnualTax?: number | null | undefined;
  /** YYYY-MM-DD */
  expectedSigningDate?: string | null | undefined;
  /** m². */
  floorSqm?: number | null | undefined;
  industryCode?: string | null | undefined;
  jobs?: number | null | undefined;
  /** Mu (亩). */
  landMu?: number | null | undefined;
  nextAction?: string | null | undefined;
  /** YYYY-MM-DD */
  nextActionDate?: string | null | undefined;
  /** YYYY-MM-DD */
  operatingSince?: string | null | undefined;
  origin?: string | null | undefined;
  /** A staff member; the creator when left out on create. */
  ownerId?: string | number | null | undefined;
  ownership?: Ownership | null | undefined;
  /** Yuan. */
  plannedInvestment?: number | null | undefined;
  pollutionCategory?: PollutionCategory | null | undefined;
  /** % */
  probability?: number | null | undefined;
  /** YYYY-MM-DD */
  signedOn?: string | null | undefined;
  source?: LeadSource | null | undefined;
  sourceDetail?: string | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  targetFlags?: Array<LeadTargetFlag> | null | undefined;
  targetParkId?: string | number | null | undefined;
  /** 统一社会信用代码 */
  uscc?: string | null | undefined;
};

export type UpdateParkInput = {
  code?: string | null | undefined;
  /** Enclave parks: 区域托管 and/or 税收分成; absent or null = none. */
  cooperationModels?: Array<CooperationModel> | null | undefined;
  /** Enclave parks: percent (0–100) of the tax of firms placed there that the district keeps. */
  districtTaxSharePercent?: number | null | undefined;
  /** Enclave parks: the partner region (飞地合作方). */
  enclavePartner?: string | null | undefined;
  enclavePartnerEn?: string | null | undefined;
  forbiddenIndustries?: Array<string> | null | undefined;
  forbidsThreeHigh?: boolean | null | undefined;
  freeFloorSqm?: number | null | undefined;
  freeLandMu?: number | null | undefined;
  /** Why free land or free floor space changes by hand: required when either does (kept in the space history). */
  freeSpaceReason?: string | null | undefined;
  infrastructure?: Array<string> | null | undefined;
  kind?: ParkKind | null | undefined;
  lat?: number | null | undefined;
  level?: ParkLevel | null | undefined;
  lng?: number | null | undefined;
  maxEnergyTce?: number | null | undefined;
  maxPollution?: PollutionCategory | null | undefined;
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
  /** Code of the park this one belongs to. */
  parentCode?: string | null | undefined;
  positioning?: string | null | undefined;
  positioningEn?: string | null | undefined;
  servedTiers?: Array<Tier> | null | undefined;
  targetIndustries?: Array<string> | null | undefined;
  totalFloorSqm?: number | null | undefined;
  totalLandMu?: number | null | undefined;
};

/** An admin’s change to an account; fields left out (or null) stay as they are. */
export type UpdateUserInput = {
  /** false disables the account and signs it out everywhere. */
  active?: boolean | null | undefined;
  name?: string | null | undefined;
  /** Between ADMIN and BUREAU_STAFF only. */
  role?: Role | null | undefined;
};

/** Narrows the admins’ user list; every field optional. */
export type UserFilter = {
  active?: boolean | null | undefined;
  role?: Role | null | undefined;
  /** Part of the email or the name. */
  search?: string | null | undefined;
};

export type AttachmentMaxBytesQueryVariables = Exact<{ [key: string]: never; }>;


export type AttachmentMaxBytesQuery = { attachmentMaxBytes: number };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, user: { id: string, email: string, name: string, role: Role } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role } };

export type SessionUserFragment = { id: string, email: string, name: string, role: Role };

export type OpenApplicationsQueryVariables = Exact<{
  first: number;
}>;


export type OpenApplicationsQuery = { applications: { totalCount: number, edges: Array<{ node: { id: string, kind: ApplicationKind, status: ApplicationStatus, version: number, landMu: number | null, floorSqm: number | null, submittedAt: string | null, enterprise: { id: string, name: string } } }> } };

export type ProposeAllocationMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ProposeAllocationMutation = { proposeAllocation: { objective: number, gap: number, assignments: Array<{ score: number, application: { id: string, version: number, kind: ApplicationKind, landMu: number | null, floorSqm: number | null, enterprise: { id: string, name: string } }, park: { id: string, code: string, name: string, nameEn: string, totalLandMu: number, freeLandMu: number, totalFloorSqm: number, freeFloorSqm: number } }>, unassigned: Array<{ reasons: Array<string>, application: { id: string, kind: ApplicationKind, landMu: number | null, floorSqm: number | null, enterprise: { id: string, name: string } } }> } };

export type ApplyAllocationMutationVariables = Exact<{
  input: ApplyAllocationInput;
}>;


export type ApplyAllocationMutation = { applyAllocation: Array<{ id: string, status: ApplicationStatus, version: number }> };

export type ParkMatchDetailsFragment = { parkId: string, suitable: boolean, score: number, reasons: Array<string>, unknowns: Array<string>, park: { id: string, code: string, name: string, nameEn: string, freeLandMu: number, freeFloorSqm: number }, components: Array<{ code: string, label: string, weight: number, value: number, points: number, detail: string }> };

export type ParkMatchesQueryVariables = Exact<{
  applicationId: string | number;
}>;


export type ParkMatchesQuery = { parkMatches: Array<{ parkId: string, suitable: boolean, score: number, reasons: Array<string>, unknowns: Array<string>, park: { id: string, code: string, name: string, nameEn: string, freeLandMu: number, freeFloorSqm: number }, components: Array<{ code: string, label: string, weight: number, value: number, points: number, detail: string }> }> };

export type ParkMatchPreviewQueryVariables = Exact<{
  input: ParkMatchPreviewInput;
}>;


export type ParkMatchPreviewQuery = { parkMatchPreview: Array<{ parkId: string, suitable: boolean, score: number, reasons: Array<string>, unknowns: Array<string>, park: { id: string, code: string, name: string, nameEn: string, freeLandMu: number, freeFloorSqm: number }, components: Array<{ code: string, label: string, weight: number, value: number, points: number, detail: string }> }> };

export type ApplicationDetailsFragment = { id: string, kind: ApplicationKind, status: ApplicationStatus, version: number, landMu: number | null, floorSqm: number | null, summary: string, plannedInvestment: number | null, jobs: number | null, expectedAnnualTax: number | null, energyTce: number | null, pollutionCategory: PollutionCategory | null, infrastructureNeeds: Array<string>, desiredMoveIn: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, reservedLandMu: number, reservedFloorSqm: number, createdAt: string, updatedAt: string, preferredParkIds: Array<string>, correctionRequest: string | null, missingDocuments: Array<ApplicationDocument>, preferredParks: Array<{ id: string, code: string, name: string, nameEn: string }>, park: { id: string, code: string, name: string, nameEn: string, kind: ParkKind, enclavePartner: string | null, enclavePartnerEn: string | null, districtTaxSharePercent: number | null, sampleFields: Array<string> } | null, enterprise: { id: string, name: string, uscc: string }, attachments: Array<{ id: string, name: string, size: number, url: string, mine: boolean, category: string | null }> };

export type ApplicationsQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ApplicationsQuery = { applications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: ApplicationKind, status: ApplicationStatus, landMu: number | null, floorSqm: number | null, submittedAt: string | null, updatedAt: string, preferredParks: Array<{ id: string, name: string, nameEn: string }>, park: { id: string, name: string, nameEn: string } | null, enterprise: { id: string, name: string } } }> } };

export type ApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationQuery = { application: { id: string, kind: ApplicationKind, status: ApplicationStatus, version: number, landMu: number | null, floorSqm: number | null, summary: string, plannedInvestment: number | null, jobs: number | null, expectedAnnualTax: number | null, energyTce: number | null, pollutionCategory: PollutionCategory | null, infrastructureNeeds: Array<string>, desiredMoveIn: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, reservedLandMu: number, reservedFloorSqm: number, createdAt: string, updatedAt: string, preferredParkIds: Array<string>, correctionRequest: string | null, missingDocuments: Array<ApplicationDocument>, timeline: Array<{ id: string, from: ApplicationStatus | null, to: ApplicationStatus, at: string, actorRole: string, actorName: string | null, note: string | null }>, preferredParks: Array<{ id: string, code: string, name: string, nameEn: string }>, park: { id: string, code: string, name: string, nameEn: string, kind: ParkKind, enclavePartner: string | null, enclavePartnerEn: string | null, districtTaxSharePercent: number | null, sampleFields: Array<string> } | null, enterprise: { id: string, name: string, uscc: string }, attachments: Array<{ id: string, name: string, size: number, url: string, mine: boolean, category: string | null }> } };

export type SubmitApplicationMutationVariables = Exact<{
  input: ApplicationInput;
}>;


export type SubmitApplicationMutation = { submitApplication: { id: string, status: ApplicationStatus, version: number } };

export type UpdateDraftApplicationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ApplicationInput;
}>;


export type UpdateDraftApplicationMutation = { updateDraftApplication: { id: string, status: ApplicationStatus, version: number } };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { id: string, status: ApplicationStatus, version: number } };

export type ReviewApplicationMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type ReviewApplicationMutation = { reviewApplication: { id: string, status: ApplicationStatus, version: number } };

export type DecideApplicationMutationVariables = Exact<{
  id: string | number;
  version: number;
  decision: Decision;
  parkId?: string | number | null | undefined;
  reason?: string | null | undefined;
  override?: boolean | null | undefined;
}>;


export type DecideApplicationMutation = { decideApplication: { id: string, status: ApplicationStatus, version: number, park: { id: string, freeLandMu: number, freeFloorSqm: number } | null } };

export type MarkMovedInMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type MarkMovedInMutation = { markMovedIn: { id: string, status: ApplicationStatus, version: number } };

export type ApplicationDocumentsQueryVariables = Exact<{
  kind: ApplicationKind;
}>;


export type ApplicationDocumentsQuery = { applicationDocuments: Array<{ document: ApplicationDocument, required: boolean }> };

export type ApplicantSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicantSummaryQuery = { enterprise: { id: string, name: string, uscc: string, registeredAt: string | null, industry: string | null, chainSegment: string | null, tier: Tier | null, ownership: Ownership | null, employees: number | null, techStaff: number | null, revenue: number | null, rdExpense: number | null, taxPaid: number | null, inventionPatents: number | null, isHighTechCertified: boolean | null, inZone: boolean | null, parkCode: string | null, energyTce: number | null, pollutionCategory: PollutionCategory | null, seriousDishonesty: boolean | null, majorIncidentLastYear: boolean | null, missingFacts: Array<string> } };

export type ApplicantFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicantFactsQuery = { myEnterprise: { id: string, energyTce: number | null, pollutionCategory: PollutionCategory | null } | null };

export type SubmitDraftApplicationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitDraftApplicationMutation = { submitDraftApplication: { id: string, status: ApplicationStatus, version: number } };

export type ReturnApplicationMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type ReturnApplicationMutation = { returnApplication: { id: string, status: ApplicationStatus, version: number } };

export type ResubmitApplicationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input?: ApplicationInput | null | undefined;
  note?: string | null | undefined;
}>;


export type ResubmitApplicationMutation = { resubmitApplication: { id: string, status: ApplicationStatus, version: number } };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, at: string, actorId: string | null, actorName: string | null, actorRole: string, action: string, entity: string, entityId: string, before: unknown, after: unknown } }> } };

export type EnterpriseProfileFragment = { id: string, uscc: string, name: string, contactName: string | null, contactPhone: string | null, contactEmail: string | null, address: string | null, version: number, sample: boolean, createdAt: string, updatedAt: string, registeredAt: string | null, employees: number | null, techStaff: number | null, revenue: number | null, rdExpense: number | null, revenue3y: number | null, rdExpense3y: number | null, highTechRevenue: number | null, totalAssets: number | null, inventionPatents: number | null, otherIp: number | null, taxPaid: number | null, industry: string | null, chainSegment: string | null, tier: Tier | null, ownership: Ownership | null, isHighTechCertified: boolean | null, inZone: boolean | null, parkCode: string | null, energyTce: number | null, pollutionCategory: PollutionCategory | null, seriousDishonesty: boolean | null, majorIncidentLastYear: boolean | null, missingFacts: Array<string>, factMeta: Array<{ fact: string, source: FactSource, updatedAt: string, verifiedAt: string | null }> };

export type EnterprisesQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type EnterprisesQuery = { enterprises: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, uscc: string, name: string, industry: string | null, chainSegment: string | null, tier: Tier | null, parkCode: string | null, sample: boolean, updatedAt: string, missingFacts: Array<string> } }> } };

export type EnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseQuery = { enterprise: { id: string, uscc: string, name: string, contactName: string | null, contactPhone: string | null, contactEmail: string | null, address: string | null, version: number, sample: boolean, createdAt: string, updatedAt: string, registeredAt: string | null, employees: number | null, techStaff: number | null, revenue: number | null, rdExpense: number | null, revenue3y: number | null, rdExpense3y: number | null, highTechRevenue: number | null, totalAssets: number | null, inventionPatents: number | null, otherIp: number | null, taxPaid: number | null, industry: string | null, chainSegment: string | null, tier: Tier | null, ownership: Ownership | null, isHighTechCertified: boolean | null, inZone: boolean | null, parkCode: string | null, energyTce: number | null, pollutionCategory: PollutionCategory | null, seriousDishonesty: boolean | null, majorIncidentLastYear: boolean | null, missingFacts: Array<string>, factMeta: Array<{ fact: string, source: FactSource, updatedAt: string, verifiedAt: string | null }> } };

export type MyEnterpriseQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseQuery = { myEnterprise: { id: string, uscc: string, name: string, contactName: string | null, contactPhone: string | null, contactEmail: string | null, address: string | null, version: number, sample: boolean, createdAt: string, updatedAt: string, registeredAt: string | null, employees: number | null, techStaff: number | null, revenue: number | null, rdExpense: number | null, revenue3y: number | null, rdExpense3y: number | null, highTechRevenue: number | null, totalAssets: number | null, inventionPatents: number | null, otherIp: number | null, taxPaid: number | null, industry: string | null, chainSegment: string | null, tier: Tier | null, ownership: Ownership | null, isHighTechCertified: boolean | null, inZone: boolean | null, parkCode: string | null, energyTce: number | null, pollutionCategory: PollutionCategory | null, seriousDishonesty: boolean | null, majorIncidentLastYear: boolean | null, missingFacts: Array<string>, factMeta: Array<{ fact: string, source: FactSource, updatedAt: string, verifiedAt: string | null }> } | null };

export type EnterpriseHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type EnterpriseHistoryQuery = { enterprise: { id: string, history: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, at: string, actorName: string | null, actorRole: string, kind: ProfileChangeKind, fact: string, before: unknown, after: unknown, source: FactSource | null } }> } } };

export type UpdateEnterpriseProfileMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: EnterpriseProfileInput;
}>;


export type UpdateEnterpriseProfileMutation = { updateEnterpriseProfile: { id: string, uscc: string, name: string, contactName: string | null, contactPhone: string | null, contactEmail: string | null, address: string | null, version: number, sample: boolean, createdAt: string, updatedAt: string, registeredAt: string | null, employees: number | null, techStaff: number | null, revenue: number | null, rdExpense: number | null, revenue3y: number | null, rdExpense3y: number | null, highTechRevenue: number | null, totalAssets: number | null, inventionPatents: number | null, otherIp: number | null, taxPaid: number | null, industry: string | null, chainSegment: string | null, tier: Tier | null, ownership: Ownership | null, isHighTechCertified: boolean | null, inZone: boolean | null, parkCode: string | null, energyTce: number | null, pollutionCategory: PollutionCategory | null, seriousDishonesty: boolean | null, majorIncidentLastYear: boolean | null, missingFacts: Array<string>, factMeta: Array<{ fact: string, source: FactSource, updatedAt: string, verifiedAt: string | null }> } };

export type VerifyEnterpriseFactsMutationVariables = Exact<{
  id: string | number;
  version: number;
  facts: Array<string> | string;
}>;


export type VerifyEnterpriseFactsMutation = { verifyEnterpriseFacts: { id: string, uscc: string, name: string, contactName: string | null, contactPhone: string | null, contactEmail: string | null, address: string | null, version: number, sample: boolean, createdAt: string, updatedAt: string, registeredAt: string | null, employees: number | null, techStaff: number | null, revenue: number | null, rdExpense: number | null, revenue3y: number | null, rdExpense3y: number | null, highTechRevenue: number | null, totalAssets: number | null, inventionPatents: number | null, otherIp: number | null, taxPaid: number | null, industry: string | null, chainSegment: string | null, tier: Tier | null, ownership: Ownership | null, isHighTechCertified: boolean | null, inZone: boolean | null, parkCode: string | null, energyTce: number | null, pollutionCategory: PollutionCategory | null, seriousDishonesty: boolean | null, majorIncidentLastYear: boolean | null, missingFacts: Array<string>, factMeta: Array<{ fact: string, source: FactSource, updatedAt: string, verifiedAt: string | null }> } };

export type ImportEnterprisesMutationVariables = Exact<{
  file: string;
  importId?: string | null | undefined;
}>;


export type ImportEnterprisesMutation = { importEnterprises: { rows: number, created: number, updated: number, unchanged: number, rejectedRows: number, rejected: Array<{ row: number, column: string | null, columnLabel: string | null, uscc: string | null, reason: string }> } };

export type EnterpriseImportProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseImportProgressQuery = { enterpriseImport: { id: string, status: EnterpriseImportStatus, total: number, done: number } };

export type EnterpriseImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseImportTemplateQuery = { enterpriseImportTemplate: string };

export type IncubationLadderQueryVariables = Exact<{ [key: string]: never; }>;


export type IncubationLadderQuery = { incubationLadder: { rungs: Array<{ kind: ParkKind, arrivals: number, carriers: Array<{ parkId: string, tenants: number, seatsInUse: number, floorSqmInUse: number, occupancyRate: number | null, entries: number, graduations: number, departures: number, graduationRate: number | null, medianMonthsToGraduate: number | null, park: { id: string, code: string, name: string, nameEn: string, kind: ParkKind, level: ParkLevel, totalFloorSqm: number, outsideDistrict: boolean, sampleFields: Array<string> } }> }>, offshore: Array<{ parkId: string, tenants: number, seatsInUse: number, floorSqmInUse: number, occupancyRate: number | null, entries: number, graduations: number, departures: number, graduationRate: number | null, medianMonthsToGraduate: number | null, park: { id: string, code: string, name: string, nameEn: string, kind: ParkKind, level: ParkLevel, totalFloorSqm: number, outsideDistrict: boolean, sampleFields: Array<string> } }> } };

export type IncubationCarrierFiguresFragment = { parkId: string, tenants: number, seatsInUse: number, floorSqmInUse: number, occupancyRate: number | null, entries: number, graduations: number, departures: number, graduationRate: number | null, medianMonthsToGraduate: number | null, park: { id: string, code: string, name: string, nameEn: string, kind: ParkKind, level: ParkLevel, totalFloorSqm: number, outsideDistrict: boolean, sampleFields: Array<string> } };

export type IncubationCarrierQueryVariables = Exact<{
  parkId: string | number;
  months: number;
}>;


export type IncubationCarrierQuery = { incubationCarrier: { parkId: string, tenants: number, seatsInUse: number, floorSqmInUse: number, occupancyRate: number | null, entries: number, graduations: number, departures: number, graduationRate: number | null, medianMonthsToGraduate: number | null, occupancy: Array<{ month: string, tenants: number, seatsInUse: number, floorSqmInUse: number, occupancyRate: number | null, entries: number, graduations: number }>, park: { id: string, code: string, name: string, nameEn: string, kind: ParkKind, level: ParkLevel, totalFloorSqm: number, outsideDistrict: boolean, sampleFields: Array<string> } } };

export type IncubationStaysQueryVariables = Exact<{
  filter?: IncubationStayFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type IncubationStaysQuery = { incubationStays: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, version: number, status: IncubationStayStatus, companyName: string, seats: number | null, floorSqm: number | null, enteredOn: string, endedOn: string | null, note: string | null, applicationId: string | null, leadId: string | null, park: { id: string, name: string, nameEn: string, kind: ParkKind, level: ParkLevel, outsideDistrict: boolean }, nextPark: { id: string, name: string, nameEn: string } | null, enterprise: { id: string, name: string } | null } }> } };

export type IncubationNextParksQueryVariables = Exact<{ [key: string]: never; }>;


export type IncubationNextParksQuery = { parks: Array<{ id: string, name: string, nameEn: string, kind: ParkKind, outsideDistrict: boolean }> };

export type RecordIncubationEntryMutationVariables = Exact<{
  input: IncubationEntryInput;
}>;


export type RecordIncubationEntryMutation = { recordIncubationEntry: { id: string } };

export type RecordIncubationGraduationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input?: IncubationExitInput | null | undefined;
}>;


export type RecordIncubationGraduationMutation = { recordIncubationGraduation: { id: string, version: number, status: IncubationStayStatus, applicationId: string | null, leadId: string | null } };

export type RecordIncubationLeavingMutationVariables = Exact<{
  id: string | number;
  version: number;
  input?: IncubationExitInput | null | undefined;
}>;


export type RecordIncubationLeavingMutation = { recordIncubationLeaving: { id: string, version: number, status: IncubationStayStatus } };

export type UpdateIncubationStayMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: IncubationStayUpdateInput;
}>;


export type UpdateIncubationStayMutation = { updateIncubationStay: { id: string, version: number, seats: number | null, floorSqm: number | null, enteredOn: string, note: string | null } };

export type IndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type IndustriesQuery = { industries: Array<{ code: string, name: string, nameEn: string, category: IndustryCategory, description: string, descriptionEn: string, planRef: string, segments: Array<{ code: string, name: string, nameEn: string }> }> };

export type JobsOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsOverviewQuery = { jobsOverview: { inProcess: boolean, boardPath: string | null, outbox: Array<{ queue: string, status: string, count: number }>, failed: Array<{ id: string, queue: string, name: string, attempts: number, lastError: string | null, createdAt: string }> } };

export type DemoDataLoadQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoDataLoadQuery = { demoDataLoad: { loadedAt: string, enterprises: number, matchRun: { id: string, status: MatchRunStatus, trigger: MatchRunTrigger, total: number, done: number, failed: number, startedAt: string, finishedAt: string | null } } | null };

export type LandPlotsQueryVariables = Exact<{
  filter?: LandPlotFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type LandPlotsQuery = { landPlots: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, version: number, code: string, areaMu: number, status: LandPlotStatus, disposalRoute: DisposalRoute | null, holderName: string | null, note: string | null, sample: boolean, idleSince: string | null, recoveryStartedOn: string | null, recoveredOn: string | null, reassignedOn: string | null, location: { lng: number, lat: number } | null, park: { id: string, name: string, nameEn: string }, holderEnterprise: { id: string, name: string } | null } }> } };

export type IdleLandSeriesQueryVariables = Exact<{
  months?: number | null | undefined;
}>;


export type IdleLandSeriesQuery = { idleLandSeries: Array<{ park: { id: string, name: string, nameEn: string }, points: Array<{ month: string, idleMu: number, recoveredMu: number }> }> };

export type LandParksQueryVariables = Exact<{ [key: string]: never; }>;


export type LandParksQuery = { parks: Array<{ id: string, name: string, nameEn: string }> };

export type LandEnterprisesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type LandEnterprisesQuery = { enterprises: { edges: Array<{ node: { id: string, name: string } }> } };

export type RecordLandPlotMutationVariables = Exact<{
  input: LandPlotInput;
}>;


export type RecordLandPlotMutation = { recordLandPlot: { id: string } };

export type UpdateLandPlotMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateLandPlotInput;
}>;


export type UpdateLandPlotMutation = { updateLandPlot: { id: string, version: number } };

export type MoveLandPlotMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: MoveLandPlotInput;
}>;


export type MoveLandPlotMutation = { moveLandPlot: { id: string, version: number, status: LandPlotStatus } };

export type LeadRowFragment = { id: string, version: number, companyName: string, stage: LeadStage, lostFromStage: LeadStage | null, score: number | null, plannedInvestment: number | null, nextAction: string | null, nextActionDate: string | null, overdue: boolean, enquiryOverdue: boolean, commitmentShortfall: boolean, expansionIntent: boolean, atRisk: boolean, aftercareOverdue: boolean, ownerId: string | null, ownerName: string | null, industryCode: string | null, source: LeadSource, targetParkId: string | null, targetPark: { id: string, name: string, nameEn: string } | null };

export type LeadsQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type LeadsQuery = { leads: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, version: number, companyName: string, stage: LeadStage, lostFromStage: LeadStage | null, score: number | null, plannedInvestment: number | null, nextAction: string | null, nextActionDate: string | null, overdue: boolean, enquiryOverdue: boolean, commitmentShortfall: boolean, expansionIntent: boolean, atRisk: boolean, aftercareOverdue: boolean, ownerId: string | null, ownerName: string | null, industryCode: string | null, source: LeadSource, targetParkId: string | null, targetPark: { id: string, name: string, nameEn: string } | null } }> } };

export type LeadFieldsFragment = { id: string, version: number, companyName: string, uscc: string | null, origin: string | null, ownership: Ownership | null, targetFlags: Array<LeadTargetFlag>, source: LeadSource, sourceDetail: string | null, industryCode: string | null, chainSegment: string | null, summary: string, plannedInvestment: number | null, jobs: number | null, expectedAnnualTax: number | null, landMu: number | null, floorSqm: number | null, targetParkId: string | null, ownerId: string | null, ownerName: string | null, probability: number | null, expectedSigningDate: string | null, nextAction: string | null, nextActionDate: string | null, tags: Array<string>, pollutionCategory: PollutionCategory | null, signedOn: string | null, contractedInvestment: number | null, contractedJobs: number | null, contractedAnnualTax: number | null, constructionStartedOn: string | null, operatingSince: string | null, contacts: Array<{ name: string, title: string | null, phone: string | null, email: string | null }> };

export type LeadQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadQuery = { lead: { stage: LeadStage, lostFromStage: LeadStage | null, lostReason: string | null, score: number | null, overdue: boolean, enquiryOverdue: boolean, enquiryReceivedAt: string | null, responseDueAt: string | null, createdAt: string, updatedAt: string, stageChangedAt: string, id: string, version: number, companyName: string, uscc: string | null, origin: string | null, ownership: Ownership | null, targetFlags: Array<LeadTargetFlag>, source: LeadSource, sourceDetail: string | null, industryCode: string | null, chainSegment: string | null, summary: string, plannedInvestment: number | null, jobs: number | null, expectedAnnualTax: number | null, landMu: number | null, floorSqm: number | null, targetParkId: string | null, ownerId: string | null, ownerName: string | null, probability: number | null, expectedSigningDate: string | null, nextAction: string | null, nextActionDate: string | null, tags: Array<string>, pollutionCategory: PollutionCategory | null, signedOn: string | null, contractedInvestment: number | null, contractedJobs: number | null, contractedAnnualTax: number | null, constructionStartedOn: string | null, operatingSince: string | null, commitmentShortfall: boolean, expansionIntent: boolean, atRisk: boolean, atRiskReason: string | null, aftercareOverdue: boolean, targetPark: { id: string, name: string, nameEn: string } | null, enterprise: { id: string, name: string } | null, scoreComponents: Array<{ code: string, label: string, points: number, detail: string }>, activities: Array<{ id: string, kind: ActivityKind, occurredAt: string, participants: Array<string>, summary: string, followUpOn: string | null, actorName: string | null }>, history: Array<{ id: string, from: LeadStage | null, to: LeadStage, at: string, note: string | null, actorName: string | null }>, contacts: Array<{ name: string, title: string | null, phone: string | null, email: string | null }>, commitments: { signedOn: string | null, contractedInvestment: number | null, contractedJobs: number | null, contractedAnnualTax: number | null, investmentPaid: number, hires: number, taxPaid: number, allowedShare: number, recordable: boolean, years: Array<{ id: string, year: number, investmentPaid: number | null, hires: number | null, taxPaid: number | null, note: string | null, version: number }>, shortfalls: Array<{ measure: CommitmentMeasure, year: number | null, committed: number, actual: number, share: number, message: string }> }, aftercareVisits: Array<{ id: string, dueOn: string, status: AftercareVisitStatus, doneOn: string | null, summary: string | null, assigneeName: string | null, closedByName: string | null, overdue: boolean, version: number }> } };

export type LeadAftercareFragment = { id: string, version: number, stage: LeadStage, commitmentShortfall: boolean, expansionIntent: boolean, atRisk: boolean, atRiskReason: string | null, aftercareOverdue: boolean, commitments: { signedOn: string | null, contractedInvestment: number | null, contractedJobs: number | null, contractedAnnualTax: number | null, investmentPaid: number, hires: number, taxPaid: number, allowedShare: number, recordable: boolean, years: Array<{ id: string, year: number, investmentPaid: number | null, hires: number | null, taxPaid: number | null, note: string | null, version: number }>, shortfalls: Array<{ measure: CommitmentMeasure, year: number | null, committed: number, actual: number, share: number, message: string }> }, aftercareVisits: Array<{ id: string, dueOn: string, status: AftercareVisitStatus, doneOn: string | null, summary: string | null, assigneeName: string | null, closedByName: string | null, overdue: boolean, version: number }> };

export type RecordLeadActualMutationVariables = Exact<{
  leadId: string | number;
  input: LeadActualInput;
  version?: number | null | undefined;
}>;


export type RecordLeadActualMutation = { recordLeadActual: { id: string, commitmentShortfall: boolean } };

export type DeleteLeadActualMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteLeadActualMutation = { deleteLeadActual: { id: string } };

export type SetLeadAftercareFlagsMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: LeadAftercareFlagsInput;
}>;


export type SetLeadAftercareFlagsMutation = { setLeadAftercareFlags: { id: string, version: number } };

export type ScheduleAftercareVisitMutationVariables = Exact<{
  leadId: string | number;
  input: ScheduleAftercareVisitInput;
}>;


export type ScheduleAftercareVisitMutation = { scheduleAftercareVisit: { id: string } };

export type RescheduleAftercareVisitMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ScheduleAftercareVisitInput;
}>;


export type RescheduleAftercareVisitMutation = { rescheduleAftercareVisit: { id: string } };

export type CompleteAftercareVisitMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CompleteAftercareVisitInput;
}>;


export type CompleteAftercareVisitMutation = { completeAftercareVisit: { id: string } };

export type CancelAftercareVisitMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason?: string | null | undefined;
}>;


export type CancelAftercareVisitMutation = { cancelAftercareVisit: { id: string } };

export type LeadDuplicatesQueryVariables = Exact<{
  companyName: string;
  uscc?: string | null | undefined;
}>;


export type LeadDuplicatesQuery = { leadDuplicates: { leads: Array<{ id: string, companyName: string, uscc: string | null, stage: LeadStage, similarity: number }>, enterprises: Array<{ id: string, name: string, uscc: string, similarity: number }> } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { id: string } };

export type UpdateLeadMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { updateLead: { id: string, version: number } };

export type MoveLeadStageMutationVariables = Exact<{
  id: string | number;
  version: number;
  stage: LeadStage;
  note?: string | null | undefined;
}>;


export type MoveLeadStageMutation = { moveLeadStage: { id: string, version: number, stage: LeadStage } };

export type LogLeadActivityMutationVariables = Exact<{
  leadId: string | number;
  input: ActivityInput;
}>;


export type LogLeadActivityMutation = { logLeadActivity: { id: string } };

export type ImportLeadsMutationVariables = Exact<{
  file: string;
}>;


export type ImportLeadsMutation = { importLeads: { rows: number, created: number, updated: number, unchanged: number, rejectedRows: number, rejected: Array<{ row: number, column: string | null, companyName: string | null, reason: string }> } };

export type LeadImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadImportTemplateQuery = { leadImportTemplate: string };

export type MyPolicyMatchesQueryVariables = Exact<{
  enterpriseId: string | number;
}>;


export type MyPolicyMatchesQuery = { policyMatchSummary: { totalBenefit: number, eligible: number, needsInfo: number, ineligible: number, nearMisses: number }, policyMatches: Array<{ outcome: Outcome, benefit: number, missingFacts: Array<string>, explanation: unknown, gapText: Array<string>, asOf: string, policy: { id: string, title: string, titleEn: string, applicationDeadline: string | null }, stacking: { group: string | null, counts: boolean, supersededBy: { id: string, title: string, titleEn: string } | null } }> };

export type MyEnterpriseIdQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnterpriseIdQuery = { myEnterprise: { id: string } | null };

export type MatchRunFieldsFragment = { id: string, status: MatchRunStatus, trigger: MatchRunTrigger, total: number, done: number, failed: number, startedAt: string, finishedAt: string | null };

export type PolicyMatchRunQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyMatchRunQuery = { policy: { id: string, matchRun: { id: string, status: MatchRunStatus, trigger: MatchRunTrigger, total: number, done: number, failed: number, startedAt: string, finishedAt: string | null } | null } };

export type MatchRunQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchRunQuery = { matchRun: { id: string, status: MatchRunStatus, trigger: MatchRunTrigger, total: number, done: number, failed: number, startedAt: string, finishedAt: string | null } };

export type PolicyQualifiersQueryVariables = Exact<{
  policyId: string | number;
  outcome?: Outcome | null | undefined;
  nearMiss?: boolean | null | undefined;
  industryCode?: string | null | undefined;
  parkCode?: string | null | undefined;
  tier?: Tier | null | undefined;
  gapFact?: string | null | undefined;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PolicyQualifiersQuery = { policyQualifiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, enterpriseId: string, outcome: Outcome, benefit: number, nearMiss: boolean, gapText: Array<string>, missingFacts: Array<string>, enterprise: { id: string, name: string, uscc: string, parkCode: string | null } } }> } };

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unreadOnly?: boolean;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: string, title: string, titleEn: string, body: string, bodyEn: string, data: unknown, readAt: string | null, createdAt: string } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type PlanMapQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanMapQuery = { planMap: { tiles: { url: string, attribution: string } | null, district: { code: string, name: string, nameEn: string, geometry: unknown, sample: boolean }, frame: Array<{ code: string, name: string, nameEn: string, kind: string, frame: string, role: string, roleEn: string, planRef: string, parkCode: string | null, geometry: unknown, sample: boolean }>, parkOutlines: Array<{ parkCode: string, geometry: unknown, sample: boolean, outsideUrumqi: boolean }> } };

export type MapIdlePlotsQueryVariables = Exact<{ [key: string]: never; }>;


export type MapIdlePlotsQuery = { landPlots: { edges: Array<{ node: { id: string, code: string, areaMu: number, status: LandPlotStatus, sample: boolean, location: { lng: number, lat: number } | null, park: { id: string, name: string, nameEn: string, lng: number, lat: number } } }> } };

export type CreateParkMutationVariables = Exact<{
  input: CreateParkInput;
}>;


export type CreateParkMutation = { createPark: { id: string, version: number } };

export type UpdateParkMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateParkInput;
}>;


export type UpdateParkMutation = { updatePark: { id: string, version: number, freeLandMu: number, freeFloorSqm: number } };

export type ParksQueryVariables = Exact<{
  filter?: ParkFilter | null | undefined;
}>;


export type ParksQuery = { parks: Array<{ id: string, code: string, name: string, nameEn: string, kind: ParkKind, level: ParkLevel, targetIndustries: Array<string>, totalLandMu: number, freeLandMu: number, totalFloorSqm: number, freeFloorSqm: number, lng: number, lat: number, sampleFields: Array<string>, outsideDistrict: boolean, parent: { id: string, code: string, name: string, nameEn: string } | null }> };

export type ParkQueryVariables = Exact<{
  id: string | number;
}>;


export type ParkQuery = { park: { id: string, code: string, name: string, nameEn: string, kind: ParkKind, level: ParkLevel, positioning: string, positioningEn: string, planRef: string, targetIndustries: Array<string>, forbiddenIndustries: Array<string>, forbidsThreeHigh: boolean, maxPollution: PollutionCategory, maxEnergyTce: number | null, totalLandMu: number, freeLandMu: number, idleLandMu: number | null, totalFloorSqm: number, freeFloorSqm: number, servedTiers: Array<Tier>, infrastructure: Array<string>, lng: number, lat: number, enclavePartner: string | null, enclavePartnerEn: string | null, cooperationModels: Array<CooperationModel>, districtTaxSharePercent: number | null, sampleFields: Array<string>, version: number, parent: { id: string, code: string, name: string, nameEn: string } | null, children: Array<{ id: string, code: string, name: string, nameEn: string, kind: ParkKind }> } };

export type ParkTenantsQueryVariables = Exact<{
  parkId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ParkTenantsQuery = { parkTenants: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, landMu: number, floorSqm: number, since: string | null, enterprise: { id: string, name: string, industry: string | null, tier: Tier | null } } }> } };

export type ParkSpaceHistoryQueryVariables = Exact<{
  parkId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ParkSpaceHistoryQuery = { parkSpaceHistory: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, at: string, kind: ParkSpaceChangeKind, landMuDelta: number, floorSqmDelta: number, freeLandMuAfter: number, freeFloorSqmAfter: number, actorName: string | null, actorRole: string, applicationId: string | null, reason: string | null, enterprise: { id: string, name: string } | null } }> } };

export type PipelineSummaryQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  includeSample?: boolean | null | undefined;
}>;


export type PipelineSummaryQuery = { pipelineSummary: { total: number, lost: number, overdueEnquiries: number, stages: Array<{ stage: LeadStage, count: number, plannedInvestment: number, contractedInvestment: number, jobs: number, expectedAnnualTax: number, overdue: number, averageDays: number | null }>, conversion: Array<{ from: LeadStage, to: LeadStage, reachedFrom: number, reachedTo: number, rate: number | null }> } };

export type DashboardQueryVariables = Exact<{
  includeSample?: boolean | null | undefined;
}>;


export type DashboardQuery = { dashboard: { overdueActions: number, openRequests: number, overdueRequests: number, realLeads: number, sampleLeads: number, placements: { inDistrict: number, inEnclaves: number, byEnclave: Array<{ parkId: string, parkName: string, partner: string | null, districtTaxSharePercent: number | null, placements: number }> }, pipeline: { overdueEnquiries: number }, chainCoverage: Array<{ industryCode: string, name: string, missing: number, segments: Array<{ code: string, name: string, enterprises: number, signedProjects: number, openLeads: number, status: CoverageStatus }> }> } };

export type LeadBreakdownQueryVariables = Exact<{
  dimension: LeadDimension;
  filter?: LeadFilter | null | undefined;
  period?: PeriodInput | null | undefined;
  includeSample?: boolean | null | undefined;
}>;


export type LeadBreakdownQuery = { leadBreakdown: { dimension: LeadDimension, basis: PeriodBasis, rows: Array<{ key: string | null, label: string, leads: number, open: number, signed: number, lost: number, conversion: number | null, plannedInvestment: number, contractedInvestment: number, actualInvestment: number, plannedJobs: number, contractedJobs: number, actualHires: number, expectedTax: number, contractedTax: number, actualTax: number }>, total: { key: string | null, label: string, leads: number, open: number, signed: number, lost: number, conversion: number | null, plannedInvestment: number, contractedInvestment: number, actualInvestment: number, plannedJobs: number, contractedJobs: number, actualHires: number, expectedTax: number, contractedTax: number, actualTax: number } } };

export type BreakdownRowFragment = { key: string | null, label: string, leads: number, open: number, signed: number, lost: number, conversion: number | null, plannedInvestment: number, contractedInvestment: number, actualInvestment: number, plannedJobs: number, contractedJobs: number, actualHires: number, expectedTax: number, contractedTax: number, actualTax: number };

export type LeadTrendQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  period?: PeriodInput | null | undefined;
  includeSample?: boolean | null | undefined;
}>;


export type LeadTrendQuery = { leadTrend: Array<{ month: string, newLeads: number, signed: number, contractedInvestment: number, landed: number, enquiriesLate: number }> };

export type DrillLeadsQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  first: number;
}>;


export type DrillLeadsQuery = { leads: { totalCount: number, edges: Array<{ node: { id: string, companyName: string, stage: LeadStage, plannedInvestment: number | null, ownerName: string | null, nextActionDate: string | null, sample: boolean } }> } };

export type HeadlineFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type HeadlineFiguresQuery = { headlineFigures: Array<{ code: string, label: string, labelEn: string, value: number, unit: string, unitEn: string, baseline: number | null, year: number, planRef: string, qualifier: string | null }> };

export type PlanGoalsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanGoalsQuery = { planGoals: Array<{ code: string, label: string, labelEn: string, goal: string, goalEn: string, year: number, target: number | null, unit: string | null, unitEn: string | null, planRef: string, baselineCodes: Array<string> }> };

export type PlanDashboardQueryVariables = Exact<{
  includeSample?: boolean | null | undefined;
}>;


export type PlanDashboardQuery = { planDashboard: { enterprises: number, incubationFloorInUseSqm: number, incubationFloorTotalSqm: number, idleLandRecoveredMu: number, enterprisesByCluster: Array<{ industryCode: string | null, name: string, enterprises: number }>, enterprisesByTier: Array<{ tier: Tier, enterprises: number }>, idleLandRecoveredByYear: Array<{ year: number, areaMu: number }>, enterpriseTrend: Array<{ month: string, totalEnterprises: number, totalHighTech: number, totalTechSme: number }> }, leadBreakdown: { rows: Array<{ key: string | null, label: string, signed: number, contractedInvestment: number, actualInvestment: number }>, total: { signed: number, contractedInvestment: number, actualInvestment: number } }, leadTrend: Array<{ month: string, landed: number }> };

export type PoliciesQueryVariables = Exact<{
  status?: PolicyStatus | null | undefined;
  kind?: PolicyKind | null | undefined;
  industryCode?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type PoliciesQuery = { policies: Array<{ id: string, code: string, version: number, status: PolicyStatus, kind: PolicyKind, title: string, titleEn: string, targetIndustries: Array<string>, targetTiers: Array<Tier>, maxBenefit: number | null, effectiveFrom: string | null, effectiveTo: string | null, applicationDeadline: string | null, isExample: boolean }> };

export type PolicyContentFragment = { code: string, title: string, titleEn: string, summary: string, summaryEn: string, issuingDepartment: string, documentNumber: string, sourceUrl: string, kind: PolicyKind, targetIndustries: Array<string>, targetTiers: Array<Tier>, targetParks: Array<string>, criteria: unknown, benefitFormula: unknown, maxBenefit: number | null, stackingGroup: string | null, applicationDeadline: string | null, effectiveFrom: string | null, effectiveTo: string | null, isExample: boolean, testCases: Array<{ name: string, facts: unknown, expectedOutcome: Outcome, expectedBenefit: number | null, asOf: string | null }> };

export type PolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyQuery = { policy: { id: string, version: number, status: PolicyStatus, rowVersion: number, publishedAt: string | null, retiredAt: string | null, updatedAt: string, engineVersion: string | null, criteriaText: Array<string>, code: string, title: string, titleEn: string, summary: string, summaryEn: string, issuingDepartment: string, documentNumber: string, sourceUrl: string, kind: PolicyKind, targetIndustries: Array<string>, targetTiers: Array<Tier>, targetParks: Array<string>, criteria: unknown, benefitFormula: unknown, maxBenefit: number | null, stackingGroup: string | null, applicationDeadline: string | null, effectiveFrom: string | null, effectiveTo: string | null, isExample: boolean, versions: Array<{ id: string, version: number, status: PolicyStatus, publishedAt: string | null, retiredAt: string | null, updatedAt: string }>, testCases: Array<{ name: string, facts: unknown, expectedOutcome: Outcome, expectedBenefit: number | null, asOf: string | null }> } };

export type CreatePolicyMutationVariables = Exact<{
  input: PolicyInput;
}>;


export type CreatePolicyMutation = { createPolicy: { id: string, code: string, version: number, status: PolicyStatus, rowVersion: number } };

export type UpdatePolicyMutationVariables = Exact<{
  id: string | number;
  input: PolicyInput;
  rowVersion: number;
}>;


export type UpdatePolicyMutation = { updatePolicy: { id: string, code: string, version: number, status: PolicyStatus, rowVersion: number } };

export type PublishPolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishPolicyMutation = { publishPolicy: { id: string, version: number, status: PolicyStatus, publishedAt: string | null, matchRun: { id: string, status: MatchRunStatus, total: number, done: number, failed: number } | null } };

export type RetirePolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type RetirePolicyMutation = { retirePolicy: { id: string, version: number, status: PolicyStatus, retiredAt: string | null } };

export type EvaluatePolicyQueryVariables = Exact<{
  input: PolicyInput;
  facts: unknown;
  asOf?: string | null | undefined;
}>;


export type EvaluatePolicyQuery = { evaluatePolicy: { outcome: Outcome, benefit: number, explanation: unknown, missingFacts: Array<string>, nearMisses: unknown, inEffect: boolean, asOf: string } };

export type RunPolicyTestCasesQueryVariables = Exact<{
  input: PolicyInput;
}>;


export type RunPolicyTestCasesQuery = { runPolicyTestCases: Array<{ name: string, passed: boolean, asOf: string, expectedOutcome: Outcome, actualOutcome: Outcome | null, expectedBenefit: number | null, actualBenefit: number | null, explanation: unknown, missingFacts: Array<string>, nearMisses: unknown, factFaults: unknown }> };

export type SimulatePolicyQueryVariables = Exact<{
  input: PolicyInput;
  asOf?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type SimulatePolicyQuery = { simulatePolicy: { asOf: string, total: number, eligible: number, ineligible: number, needsInfo: number, totalBenefit: number, comparedWithVersion: number | null, newlyEligibleCount: number, droppedOutCount: number, newlyEligible: Array<{ enterpriseId: string, name: string, outcome: Outcome, previousOutcome: Outcome, benefit: number, previousBenefit: number }>, droppedOut: Array<{ enterpriseId: string, name: string, outcome: Outcome, previousOutcome: Outcome, benefit: number, previousBenefit: number }>, byIndustry: Array<{ key: string | null, label: string, total: number, eligible: number, ineligible: number, needsInfo: number, benefit: number }>, byTier: Array<{ key: string | null, label: string, total: number, eligible: number, ineligible: number, needsInfo: number, benefit: number }>, byPark: Array<{ key: string | null, label: string, total: number, eligible: number, ineligible: number, needsInfo: number, benefit: number }> } };

export type SimulationBucketFieldsFragment = { key: string | null, label: string, total: number, eligible: number, ineligible: number, needsInfo: number, benefit: number };

export type SimulationChangeFieldsFragment = { enterpriseId: string, name: string, outcome: Outcome, previousOutcome: Outcome, benefit: number, previousBenefit: number };

export type PolicySampleEnterprisesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PolicySampleEnterprisesQuery = { enterprises: { edges: Array<{ node: { id: string, name: string, uscc: string, sample: boolean } }> } };

export type PolicySampleEnterpriseFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicySampleEnterpriseFactsQuery = { enterprise: { id: string, name: string, registeredAt: string | null, employees: number | null, techStaff: number | null, revenue: number | null, rdExpense: number | null, revenue3y: number | null, rdExpense3y: number | null, highTechRevenue: number | null, totalAssets: number | null, inventionPatents: number | null, otherIp: number | null, taxPaid: number | null, industry: string | null, chainSegment: string | null, tier: Tier | null, ownership: Ownership | null, isHighTechCertified: boolean | null, inZone: boolean | null, parkCode: string | null, energyTce: number | null, pollutionCategory: PollutionCategory | null, seriousDishonesty: boolean | null, majorIncidentLastYear: boolean | null } };

export type RegisterEnterpriseMutationVariables = Exact<{
  input: RegisterEnterpriseInput;
}>;


export type RegisterEnterpriseMutation = { registerEnterprise: { accessToken: string, user: { id: string, email: string, name: string, role: Role } } };

export type RequestsQueryVariables = Exact<{
  filter?: RequestFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type RequestsQuery = { requests: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: RequestKind, subject: string, status: RequestStatus, overdue: boolean, createdAt: string, responseDueAt: string, ownerName: string | null, enterprise: { id: string, name: string } } }> } };

export type RequestQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestQuery = { request: { id: string, kind: RequestKind, subject: string, body: string, status: RequestStatus, version: number, overdue: boolean, createdAt: string, responseDueAt: string, firstAnsweredAt: string | null, resolvedAt: string | null, satisfaction: number | null, satisfactionNote: string | null, ownerId: string | null, ownerName: string | null, enterprise: { id: string, name: string }, attachments: Array<{ id: string, name: string, size: number, contentType: string, url: string, mine: boolean }>, messages: Array<{ id: string, body: string, internal: boolean, authorRole: string, authorName: string | null, createdAt: string, attachments: Array<{ id: string, name: string, size: number, contentType: string, url: string, mine: boolean }> }> } };

export type AttachmentFieldsFragment = { id: string, name: string, size: number, contentType: string, url: string, mine: boolean };

export type FileRequestMutationVariables = Exact<{
  input: RequestInput;
}>;


export type FileRequestMutation = { fileRequest: { id: string } };

export type AddRequestMessageMutationVariables = Exact<{
  id: string | number;
  body: string;
  internal?: boolean | null | undefined;
}>;


export type AddRequestMessageMutation = { addRequestMessage: { id: string } };

export type AssignRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  ownerId: string;
}>;


export type AssignRequestMutation = { assignRequest: { id: string, version: number } };

export type ResolveRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ResolveRequestMutation = { resolveRequest: { id: string, version: number } };

export type CloseRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CloseRequestMutation = { closeRequest: { id: string, version: number } };

export type RateRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  satisfaction: number;
  note?: string | null | undefined;
}>;


export type RateRequestMutation = { rateRequest: { id: string, version: number } };

export type ReopenRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ReopenRequestMutation = { reopenRequest: { id: string, version: number } };

export type StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMembersQuery = { staffMembers: Array<{ id: string, name: string, role: Role }> };

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, email: string, name: string, role: Role, active: boolean, version: number, createdAt: string, lastSignInAt: string | null, enterprise: { id: string, name: string } | null } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, name: string, role: Role } };

export type UnlockUserMutationVariables = Exact<{
  id: string | number;
}>;


export type UnlockUserMutation = { unlockUser: { id: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, name: string, role: Role, active: boolean, version: number } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
  newPassword: string;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const ParkMatchDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParkMatchDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParkMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suitable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"unknowns"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ParkMatchDetailsFragment, unknown>;
export const ApplicationDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"landMu"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAnnualTax"}},{"kind":"Field","name":{"kind":"Name","value":"energyTce"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"desiredMoveIn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reservedLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"reservedFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"preferredParkIds"}},{"kind":"Field","name":{"kind":"Name","value":"preferredParks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enclavePartner"}},{"kind":"Field","name":{"kind":"Name","value":"enclavePartnerEn"}},{"kind":"Field","name":{"kind":"Name","value":"districtTaxSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"sampleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<ApplicationDetailsFragment, unknown>;
export const EnterpriseProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"techStaff"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense"}},{"kind":"Field","name":{"kind":"Name","value":"revenue3y"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense3y"}},{"kind":"Field","name":{"kind":"Name","value":"highTechRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"inventionPatents"}},{"kind":"Field","name":{"kind":"Name","value":"otherIp"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"chainSegment"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"isHighTechCertified"}},{"kind":"Field","name":{"kind":"Name","value":"inZone"}},{"kind":"Field","name":{"kind":"Name","value":"parkCode"}},{"kind":"Field","name":{"kind":"Name","value":"energyTce"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"seriousDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"majorIncidentLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}},{"kind":"Field","name":{"kind":"Name","value":"factMeta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<EnterpriseProfileFragment, unknown>;
export const IncubationCarrierFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncubationCarrierFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncubationCarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"tenants"}},{"kind":"Field","name":{"kind":"Name","value":"seatsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqmInUse"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"graduations"}},{"kind":"Field","name":{"kind":"Name","value":"departures"}},{"kind":"Field","name":{"kind":"Name","value":"graduationRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianMonthsToGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"totalFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"sampleFields"}}]}}]}}]} as unknown as DocumentNode<IncubationCarrierFiguresFragment, unknown>;
export const LeadRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"lostFromStage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"enquiryOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentShortfall"}},{"kind":"Field","name":{"kind":"Name","value":"expansionIntent"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"aftercareOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"targetParkId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<LeadRowFragment, unknown>;
export const LeadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"targetFlags"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"chainSegment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAnnualTax"}},{"kind":"Field","name":{"kind":"Name","value":"landMu"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"targetParkId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedSigningDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionDate"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"contractedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"contractedAnnualTax"}},{"kind":"Field","name":{"kind":"Name","value":"constructionStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"operatingSince"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<LeadFieldsFragment, unknown>;
export const LeadAftercareFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadAftercare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentShortfall"}},{"kind":"Field","name":{"kind":"Name","value":"expansionIntent"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"aftercareOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"contractedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"contractedAnnualTax"}},{"kind":"Field","name":{"kind":"Name","value":"investmentPaid"}},{"kind":"Field","name":{"kind":"Name","value":"hires"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"allowedShare"}},{"kind":"Field","name":{"kind":"Name","value":"recordable"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"investmentPaid"}},{"kind":"Field","name":{"kind":"Name","value":"hires"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"aftercareVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LeadAftercareFragment, unknown>;
export const MatchRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<MatchRunFieldsFragment, unknown>;
export const BreakdownRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BreakdownRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadBreakdownRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"contractedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"actualInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"plannedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"contractedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"actualHires"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTax"}},{"kind":"Field","name":{"kind":"Name","value":"contractedTax"}},{"kind":"Field","name":{"kind":"Name","value":"actualTax"}}]}}]} as unknown as DocumentNode<BreakdownRowFragment, unknown>;
export const PolicyContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"issuingDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"targetTiers"}},{"kind":"Field","name":{"kind":"Name","value":"targetParks"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"benefitFormula"}},{"kind":"Field","name":{"kind":"Name","value":"maxBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"stackingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"testCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<PolicyContentFragment, unknown>;
export const SimulationBucketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimulationBucketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimulationBucket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ineligible"}},{"kind":"Field","name":{"kind":"Name","value":"needsInfo"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}}]}}]} as unknown as DocumentNode<SimulationBucketFieldsFragment, unknown>;
export const SimulationChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimulationChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimulationChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"previousOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"previousBenefit"}}]}}]} as unknown as DocumentNode<SimulationChangeFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const AttachmentMaxBytesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentMaxBytes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentMaxBytes"}}]}}]} as unknown as DocumentNode<AttachmentMaxBytesQuery, AttachmentMaxBytesQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OpenApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"landMu"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenApplicationsQuery, OpenApplicationsQueryVariables>;
export const ProposeAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"landMu"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"totalLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"totalFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"landMu"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<ProposeAllocationMutation, ProposeAllocationMutationVariables>;
export const ApplyAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyAllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApplyAllocationMutation, ApplyAllocationMutationVariables>;
export const ParkMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParkMatchDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParkMatchDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParkMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suitable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"unknowns"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ParkMatchesQuery, ParkMatchesQueryVariables>;
export const ParkMatchPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkMatchPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkMatchPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkMatchPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParkMatchDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParkMatchDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParkMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suitable"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"unknowns"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ParkMatchPreviewQuery, ParkMatchPreviewQueryVariables>;
export const ApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Applications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"landMu"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"preferredParks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationsQuery, ApplicationsQueryVariables>;
export const ApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Application"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetails"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"landMu"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAnnualTax"}},{"kind":"Field","name":{"kind":"Name","value":"energyTce"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"desiredMoveIn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reservedLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"reservedFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"preferredParkIds"}},{"kind":"Field","name":{"kind":"Name","value":"preferredParks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enclavePartner"}},{"kind":"Field","name":{"kind":"Name","value":"enclavePartnerEn"}},{"kind":"Field","name":{"kind":"Name","value":"districtTaxSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"sampleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<ApplicationQuery, ApplicationQueryVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const UpdateDraftApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDraftApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDraftApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDraftApplicationMutation, UpdateDraftApplicationMutationVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const ReviewApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReviewApplicationMutation, ReviewApplicationMutationVariables>;
export const DecideApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"override"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"override"},"value":{"kind":"Variable","name":{"kind":"Name","value":"override"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqm"}}]}}]}}]}}]} as unknown as DocumentNode<DecideApplicationMutation, DecideApplicationMutationVariables>;
export const MarkMovedInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMovedIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMovedIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MarkMovedInMutation, MarkMovedInMutationVariables>;
export const ApplicationDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<ApplicationDocumentsQuery, ApplicationDocumentsQueryVariables>;
export const ApplicantSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"chainSegment"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"techStaff"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"inventionPatents"}},{"kind":"Field","name":{"kind":"Name","value":"isHighTechCertified"}},{"kind":"Field","name":{"kind":"Name","value":"inZone"}},{"kind":"Field","name":{"kind":"Name","value":"parkCode"}},{"kind":"Field","name":{"kind":"Name","value":"energyTce"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"seriousDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"majorIncidentLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}}]}}]}}]} as unknown as DocumentNode<ApplicantSummaryQuery, ApplicantSummaryQueryVariables>;
export const ApplicantFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"energyTce"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}}]}}]}}]} as unknown as DocumentNode<ApplicantFactsQuery, ApplicantFactsQueryVariables>;
export const SubmitDraftApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDraftApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDraftApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitDraftApplicationMutation, SubmitDraftApplicationMutationVariables>;
export const ReturnApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReturnApplicationMutation, ReturnApplicationMutationVariables>;
export const ResubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResubmitApplicationMutation, ResubmitApplicationMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const EnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Enterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"chainSegment"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"parkCode"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisesQuery, EnterprisesQueryVariables>;
export const EnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Enterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"techStaff"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense"}},{"kind":"Field","name":{"kind":"Name","value":"revenue3y"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense3y"}},{"kind":"Field","name":{"kind":"Name","value":"highTechRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"inventionPatents"}},{"kind":"Field","name":{"kind":"Name","value":"otherIp"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"chainSegment"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"isHighTechCertified"}},{"kind":"Field","name":{"kind":"Name","value":"inZone"}},{"kind":"Field","name":{"kind":"Name","value":"parkCode"}},{"kind":"Field","name":{"kind":"Name","value":"energyTce"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"seriousDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"majorIncidentLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}},{"kind":"Field","name":{"kind":"Name","value":"factMeta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<EnterpriseQuery, EnterpriseQueryVariables>;
export const MyEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"techStaff"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense"}},{"kind":"Field","name":{"kind":"Name","value":"revenue3y"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense3y"}},{"kind":"Field","name":{"kind":"Name","value":"highTechRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"inventionPatents"}},{"kind":"Field","name":{"kind":"Name","value":"otherIp"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"chainSegment"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"isHighTechCertified"}},{"kind":"Field","name":{"kind":"Name","value":"inZone"}},{"kind":"Field","name":{"kind":"Name","value":"parkCode"}},{"kind":"Field","name":{"kind":"Name","value":"energyTce"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"seriousDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"majorIncidentLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}},{"kind":"Field","name":{"kind":"Name","value":"factMeta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<MyEnterpriseQuery, MyEnterpriseQueryVariables>;
export const EnterpriseHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseHistoryQuery, EnterpriseHistoryQueryVariables>;
export const UpdateEnterpriseProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnterpriseProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnterpriseProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"techStaff"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense"}},{"kind":"Field","name":{"kind":"Name","value":"revenue3y"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense3y"}},{"kind":"Field","name":{"kind":"Name","value":"highTechRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"inventionPatents"}},{"kind":"Field","name":{"kind":"Name","value":"otherIp"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"chainSegment"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"isHighTechCertified"}},{"kind":"Field","name":{"kind":"Name","value":"inZone"}},{"kind":"Field","name":{"kind":"Name","value":"parkCode"}},{"kind":"Field","name":{"kind":"Name","value":"energyTce"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"seriousDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"majorIncidentLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}},{"kind":"Field","name":{"kind":"Name","value":"factMeta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateEnterpriseProfileMutation, UpdateEnterpriseProfileMutationVariables>;
export const VerifyEnterpriseFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEnterpriseFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEnterpriseFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"techStaff"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense"}},{"kind":"Field","name":{"kind":"Name","value":"revenue3y"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense3y"}},{"kind":"Field","name":{"kind":"Name","value":"highTechRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"inventionPatents"}},{"kind":"Field","name":{"kind":"Name","value":"otherIp"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"chainSegment"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"isHighTechCertified"}},{"kind":"Field","name":{"kind":"Name","value":"inZone"}},{"kind":"Field","name":{"kind":"Name","value":"parkCode"}},{"kind":"Field","name":{"kind":"Name","value":"energyTce"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"seriousDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"majorIncidentLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}},{"kind":"Field","name":{"kind":"Name","value":"factMeta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]} as unknown as DocumentNode<VerifyEnterpriseFactsMutation, VerifyEnterpriseFactsMutationVariables>;
export const ImportEnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEnterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"columnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportEnterprisesMutation, ImportEnterprisesMutationVariables>;
export const EnterpriseImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<EnterpriseImportProgressQuery, EnterpriseImportProgressQueryVariables>;
export const EnterpriseImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseImportTemplate"}}]}}]} as unknown as DocumentNode<EnterpriseImportTemplateQuery, EnterpriseImportTemplateQueryVariables>;
export const IncubationLadderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncubationLadder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incubationLadder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rungs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"arrivals"}},{"kind":"Field","name":{"kind":"Name","value":"carriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncubationCarrierFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offshore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncubationCarrierFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncubationCarrierFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncubationCarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"tenants"}},{"kind":"Field","name":{"kind":"Name","value":"seatsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqmInUse"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"graduations"}},{"kind":"Field","name":{"kind":"Name","value":"departures"}},{"kind":"Field","name":{"kind":"Name","value":"graduationRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianMonthsToGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"totalFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"sampleFields"}}]}}]}}]} as unknown as DocumentNode<IncubationLadderQuery, IncubationLadderQueryVariables>;
export const IncubationCarrierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncubationCarrier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incubationCarrier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncubationCarrierFigures"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"tenants"}},{"kind":"Field","name":{"kind":"Name","value":"seatsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqmInUse"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"graduations"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncubationCarrierFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncubationCarrier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"tenants"}},{"kind":"Field","name":{"kind":"Name","value":"seatsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqmInUse"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"graduations"}},{"kind":"Field","name":{"kind":"Name","value":"departures"}},{"kind":"Field","name":{"kind":"Name","value":"graduationRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianMonthsToGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"totalFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"sampleFields"}}]}}]}}]} as unknown as DocumentNode<IncubationCarrierQuery, IncubationCarrierQueryVariables>;
export const IncubationStaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncubationStays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncubationStayFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incubationStays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"enteredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDistrict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncubationStaysQuery, IncubationStaysQueryVariables>;
export const IncubationNextParksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncubationNextParks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDistrict"}}]}}]}}]} as unknown as DocumentNode<IncubationNextParksQuery, IncubationNextParksQueryVariables>;
export const RecordIncubationEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIncubationEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncubationEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIncubationEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordIncubationEntryMutation, RecordIncubationEntryMutationVariables>;
export const RecordIncubationGraduationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIncubationGraduation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncubationExitInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIncubationGraduation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}}]}}]}}]} as unknown as DocumentNode<RecordIncubationGraduationMutation, RecordIncubationGraduationMutationVariables>;
export const RecordIncubationLeavingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIncubationLeaving"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncubationExitInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIncubationLeaving"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordIncubationLeavingMutation, RecordIncubationLeavingMutationVariables>;
export const UpdateIncubationStayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIncubationStay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncubationStayUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIncubationStay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"enteredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<UpdateIncubationStayMutation, UpdateIncubationStayMutationVariables>;
export const IndustriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<IndustriesQuery, IndustriesQueryVariables>;
export const JobsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inProcess"}},{"kind":"Field","name":{"kind":"Name","value":"boardPath"}},{"kind":"Field","name":{"kind":"Name","value":"outbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<JobsOverviewQuery, JobsOverviewQueryVariables>;
export const DemoDataLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoDataLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demoDataLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"matchRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<DemoDataLoadQuery, DemoDataLoadQueryVariables>;
export const LandPlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LandPlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LandPlotFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"landPlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disposalRoute"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleSince"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reassignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LandPlotsQuery, LandPlotsQueryVariables>;
export const IdleLandSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdleLandSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idleLandSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"idleMu"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredMu"}}]}}]}}]}}]} as unknown as DocumentNode<IdleLandSeriesQuery, IdleLandSeriesQueryVariables>;
export const LandParksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LandParks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<LandParksQuery, LandParksQueryVariables>;
export const LandEnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LandEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LandEnterprisesQuery, LandEnterprisesQueryVariables>;
export const RecordLandPlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLandPlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LandPlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLandPlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordLandPlotMutation, RecordLandPlotMutationVariables>;
export const UpdateLandPlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLandPlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLandPlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLandPlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateLandPlotMutation, UpdateLandPlotMutationVariables>;
export const MoveLandPlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveLandPlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveLandPlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveLandPlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MoveLandPlotMutation, MoveLandPlotMutationVariables>;
export const LeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"lostFromStage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"enquiryOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentShortfall"}},{"kind":"Field","name":{"kind":"Name","value":"expansionIntent"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"aftercareOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"targetParkId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
export const LeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"lostFromStage"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"enquiryOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"enquiryReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetPark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreComponents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadAftercare"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"targetFlags"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDetail"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"chainSegment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAnnualTax"}},{"kind":"Field","name":{"kind":"Name","value":"landMu"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"targetParkId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedSigningDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextAction"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionDate"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"contractedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"contractedAnnualTax"}},{"kind":"Field","name":{"kind":"Name","value":"constructionStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"operatingSince"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadAftercare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentShortfall"}},{"kind":"Field","name":{"kind":"Name","value":"expansionIntent"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"aftercareOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"contractedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"contractedAnnualTax"}},{"kind":"Field","name":{"kind":"Name","value":"investmentPaid"}},{"kind":"Field","name":{"kind":"Name","value":"hires"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"allowedShare"}},{"kind":"Field","name":{"kind":"Name","value":"recordable"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"investmentPaid"}},{"kind":"Field","name":{"kind":"Name","value":"hires"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"aftercareVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"closedByName"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LeadQuery, LeadQueryVariables>;
export const RecordLeadActualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLeadActual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadActualInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadActual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentShortfall"}}]}}]}}]} as unknown as DocumentNode<RecordLeadActualMutation, RecordLeadActualMutationVariables>;
export const DeleteLeadActualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLeadActual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLeadActual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteLeadActualMutation, DeleteLeadActualMutationVariables>;
export const SetLeadAftercareFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLeadAftercareFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadAftercareFlagsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLeadAftercareFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetLeadAftercareFlagsMutation, SetLeadAftercareFlagsMutationVariables>;
export const ScheduleAftercareVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleAftercareVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAftercareVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleAftercareVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleAftercareVisitMutation, ScheduleAftercareVisitMutationVariables>;
export const RescheduleAftercareVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleAftercareVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAftercareVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAftercareVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RescheduleAftercareVisitMutation, RescheduleAftercareVisitMutationVariables>;
export const CompleteAftercareVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteAftercareVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteAftercareVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAftercareVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CompleteAftercareVisitMutation, CompleteAftercareVisitMutationVariables>;
export const CancelAftercareVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAftercareVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAftercareVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CancelAftercareVisitMutation, CancelAftercareVisitMutationVariables>;
export const LeadDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}}]}}]}}]}}]} as unknown as DocumentNode<LeadDuplicatesQuery, LeadDuplicatesQueryVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const MoveLeadStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveLeadStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveLeadStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<MoveLeadStageMutation, MoveLeadStageMutationVariables>;
export const LogLeadActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogLeadActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logLeadActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LogLeadActivityMutation, LogLeadActivityMutationVariables>;
export const ImportLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportLeadsMutation, ImportLeadsMutationVariables>;
export const LeadImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadImportTemplate"}}]}}]} as unknown as DocumentNode<LeadImportTemplateQuery, LeadImportTemplateQueryVariables>;
export const MyPolicyMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPolicyMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyMatchSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"needsInfo"}},{"kind":"Field","name":{"kind":"Name","value":"ineligible"}},{"kind":"Field","name":{"kind":"Name","value":"nearMisses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"gapText"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stacking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyPolicyMatchesQuery, MyPolicyMatchesQueryVariables>;
export const MyEnterpriseIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnterpriseId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MyEnterpriseIdQuery, MyEnterpriseIdQueryVariables>;
export const PolicyMatchRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatchRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<PolicyMatchRunQuery, PolicyMatchRunQueryVariables>;
export const MatchRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<MatchRunQuery, MatchRunQueryVariables>;
export const PolicyQualifiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyQualifiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nearMiss"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industryCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gapFact"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyQualifiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"nearMiss"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nearMiss"}}},{"kind":"Argument","name":{"kind":"Name","value":"industryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industryCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"parkCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"Argument","name":{"kind":"Name","value":"gapFact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gapFact"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"nearMiss"}},{"kind":"Field","name":{"kind":"Name","value":"gapText"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"parkCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyQualifiersQuery, PolicyQualifiersQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const PlanMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frame"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleEn"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"parkCode"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parkOutlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkCode"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"outsideUrumqi"}}]}}]}}]}}]} as unknown as DocumentNode<PlanMapQuery, PlanMapQueryVariables>;
export const MapIdlePlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapIdlePlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"landPlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"IDLE"},{"kind":"EnumValue","value":"UNDER_RECOVERY"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"park"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MapIdlePlotsQuery, MapIdlePlotsQueryVariables>;
export const CreateParkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateParkMutation, CreateParkMutationVariables>;
export const UpdateParkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqm"}}]}}]}}]} as unknown as DocumentNode<UpdateParkMutation, UpdateParkMutationVariables>;
export const ParksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Parks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"totalLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"totalFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"sampleFields"}},{"kind":"Field","name":{"kind":"Name","value":"outsideDistrict"}}]}}]}}]} as unknown as DocumentNode<ParksQuery, ParksQueryVariables>;
export const ParkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Park"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"park"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positioning"}},{"kind":"Field","name":{"kind":"Name","value":"positioningEn"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"targetIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"forbiddenIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"forbidsThreeHigh"}},{"kind":"Field","name":{"kind":"Name","value":"maxPollution"}},{"kind":"Field","name":{"kind":"Name","value":"maxEnergyTce"}},{"kind":"Field","name":{"kind":"Name","value":"totalLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"idleLandMu"}},{"kind":"Field","name":{"kind":"Name","value":"totalFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"servedTiers"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructure"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"enclavePartner"}},{"kind":"Field","name":{"kind":"Name","value":"enclavePartnerEn"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationModels"}},{"kind":"Field","name":{"kind":"Name","value":"districtTaxSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"sampleFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ParkQuery, ParkQueryVariables>;
export const ParkTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkTenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkTenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"landMu"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqm"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParkTenantsQuery, ParkTenantsQueryVariables>;
export const ParkSpaceHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParkSpaceHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkSpaceHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"landMuDelta"}},{"kind":"Field","name":{"kind":"Name","value":"floorSqmDelta"}},{"kind":"Field","name":{"kind":"Name","value":"freeLandMuAfter"}},{"kind":"Field","name":{"kind":"Name","value":"freeFloorSqmAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParkSpaceHistoryQuery, ParkSpaceHistoryQueryVariables>;
export const PipelineSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"overdueEnquiries"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"contractedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAnnualTax"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"averageDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reachedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reachedTo"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineSummaryQuery, PipelineSummaryQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}},{"kind":"Field","name":{"kind":"Name","value":"openRequests"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRequests"}},{"kind":"Field","name":{"kind":"Name","value":"realLeads"}},{"kind":"Field","name":{"kind":"Name","value":"sampleLeads"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"inEnclaves"}},{"kind":"Field","name":{"kind":"Name","value":"byEnclave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkId"}},{"kind":"Field","name":{"kind":"Name","value":"parkName"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"districtTaxSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueEnquiries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chainCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"signedProjects"}},{"kind":"Field","name":{"kind":"Name","value":"openLeads"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const LeadBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BreakdownRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BreakdownRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BreakdownRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadBreakdownRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"contractedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"actualInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"plannedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"contractedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"actualHires"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTax"}},{"kind":"Field","name":{"kind":"Name","value":"contractedTax"}},{"kind":"Field","name":{"kind":"Name","value":"actualTax"}}]}}]} as unknown as DocumentNode<LeadBreakdownQuery, LeadBreakdownQueryVariables>;
export const LeadTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"newLeads"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"contractedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"landed"}},{"kind":"Field","name":{"kind":"Name","value":"enquiriesLate"}}]}}]}}]} as unknown as DocumentNode<LeadTrendQuery, LeadTrendQueryVariables>;
export const DrillLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"nextActionDate"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrillLeadsQuery, DrillLeadsQueryVariables>;
export const HeadlineFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeadlineFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headlineFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitEn"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}}]}}]} as unknown as DocumentNode<HeadlineFiguresQuery, HeadlineFiguresQueryVariables>;
export const PlanGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"goalEn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitEn"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"baselineCodes"}}]}}]}}]} as unknown as DocumentNode<PlanGoalsQuery, PlanGoalsQueryVariables>;
export const PlanDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesByCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesByTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incubationFloorInUseSqm"}},{"kind":"Field","name":{"kind":"Name","value":"incubationFloorTotalSqm"}},{"kind":"Field","name":{"kind":"Name","value":"idleLandRecoveredMu"}},{"kind":"Field","name":{"kind":"Name","value":"idleLandRecoveredByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"totalEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"totalHighTech"}},{"kind":"Field","name":{"kind":"Name","value":"totalTechSme"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"EnumValue","value":"INDUSTRY"}},{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"contractedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"actualInvestment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"contractedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"actualInvestment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeSample"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSample"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"landed"}}]}}]}}]} as unknown as DocumentNode<PlanDashboardQuery, PlanDashboardQueryVariables>;
export const PoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Policies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industryCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"industryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industryCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"targetTiers"}},{"kind":"Field","name":{"kind":"Name","value":"maxBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}}]}}]} as unknown as DocumentNode<PoliciesQuery, PoliciesQueryVariables>;
export const PolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Policy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"engineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaText"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyContent"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"issuingDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetIndustries"}},{"kind":"Field","name":{"kind":"Name","value":"targetTiers"}},{"kind":"Field","name":{"kind":"Name","value":"targetParks"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"benefitFormula"}},{"kind":"Field","name":{"kind":"Name","value":"maxBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"stackingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"testCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<PolicyQuery, PolicyQueryVariables>;
export const CreatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}}]}}]}}]} as unknown as DocumentNode<CreatePolicyMutation, CreatePolicyMutationVariables>;
export const UpdatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}}]}}]}}]} as unknown as DocumentNode<UpdatePolicyMutation, UpdatePolicyMutationVariables>;
export const PublishPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"matchRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]}}]} as unknown as DocumentNode<PublishPolicyMutation, PublishPolicyMutationVariables>;
export const RetirePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetirePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<RetirePolicyMutation, RetirePolicyMutationVariables>;
export const EvaluatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}},{"kind":"Field","name":{"kind":"Name","value":"nearMisses"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<EvaluatePolicyQuery, EvaluatePolicyQueryVariables>;
export const RunPolicyTestCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunPolicyTestCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runPolicyTestCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"actualOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"actualBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}},{"kind":"Field","name":{"kind":"Name","value":"nearMisses"}},{"kind":"Field","name":{"kind":"Name","value":"factFaults"}}]}}]}}]} as unknown as DocumentNode<RunPolicyTestCasesQuery, RunPolicyTestCasesQueryVariables>;
export const SimulatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ineligible"}},{"kind":"Field","name":{"kind":"Name","value":"needsInfo"}},{"kind":"Field","name":{"kind":"Name","value":"totalBenefit"}},{"kind":"Field","name":{"kind":"Name","value":"comparedWithVersion"}},{"kind":"Field","name":{"kind":"Name","value":"newlyEligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOutCount"}},{"kind":"Field","name":{"kind":"Name","value":"newlyEligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimulationChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimulationChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byIndustry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimulationBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimulationBucketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimulationBucketFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimulationChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimulationChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"previousOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"previousBenefit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimulationBucketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimulationBucket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ineligible"}},{"kind":"Field","name":{"kind":"Name","value":"needsInfo"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}}]}}]} as unknown as DocumentNode<SimulatePolicyQuery, SimulatePolicyQueryVariables>;
export const PolicySampleEnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicySampleEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicySampleEnterprisesQuery, PolicySampleEnterprisesQueryVariables>;
export const PolicySampleEnterpriseFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicySampleEnterpriseFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"techStaff"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense"}},{"kind":"Field","name":{"kind":"Name","value":"revenue3y"}},{"kind":"Field","name":{"kind":"Name","value":"rdExpense3y"}},{"kind":"Field","name":{"kind":"Name","value":"highTechRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"inventionPatents"}},{"kind":"Field","name":{"kind":"Name","value":"otherIp"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaid"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"chainSegment"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"isHighTechCertified"}},{"kind":"Field","name":{"kind":"Name","value":"inZone"}},{"kind":"Field","name":{"kind":"Name","value":"parkCode"}},{"kind":"Field","name":{"kind":"Name","value":"energyTce"}},{"kind":"Field","name":{"kind":"Name","value":"pollutionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"seriousDishonesty"}},{"kind":"Field","name":{"kind":"Name","value":"majorIncidentLastYear"}}]}}]}}]} as unknown as DocumentNode<PolicySampleEnterpriseFactsQuery, PolicySampleEnterpriseFactsQueryVariables>;
export const RegisterEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<RegisterEnterpriseMutation, RegisterEnterpriseMutationVariables>;
export const RequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Requests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestsQuery, RequestsQueryVariables>;
export const RequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionNote"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<RequestQuery, RequestQueryVariables>;
export const FileRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FileRequestMutation, FileRequestMutationVariables>;
export const AddRequestMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRequestMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"internal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRequestMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"internal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"internal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddRequestMessageMutation, AddRequestMessageMutationVariables>;
export const AssignRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignRequestMutation, AssignRequestMutationVariables>;
export const ResolveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResolveRequestMutation, ResolveRequestMutationVariables>;
export const CloseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseRequestMutation, CloseRequestMutationVariables>;
export const RateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"satisfaction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"satisfaction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"satisfaction"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RateRequestMutation, RateRequestMutationVariables>;
export const ReopenRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReopenRequestMutation, ReopenRequestMutationVariables>;
export const StaffMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<StaffMembersQuery, StaffMembersQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UnlockUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnlockUserMutation, UnlockUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;