import type { ChainSegmentData, IndustryData } from './types.js';

/**
 * The industries the plan names, with the chain segments (产业链环节) it names for each.
 *
 * Codes are the contract (stored on enterprises, leads, parks and policy rules): never rename one.
 * A segment code is `<INDUSTRY>.<SEGMENT>`.
 *
 * Where the plan names one activity in two places, it has ONE code here, so that a firm is never
 * torn between two industries: 大数据和云计算产业 (ch.5 §3) is the segment `NEXT_GEN_IT.CLOUD_BIG_DATA`
 * of the IT cluster (ch.4 §1), not a separate service industry; 医药物流 is `MODERN_LOGISTICS.PHARMA`
 * while 医药与医疗器械流通 (trade, not transport) stays `BIOMEDICINE.PHARMA_DISTRIBUTION`.
 */

function segments(industry: string, list: ReadonlyArray<readonly [string, string, string]>): ChainSegmentData[] {
  return list.map(([code, name, nameEn]) => ({ code: `${industry}.${code}`, name, nameEn }));
}

export const INDUSTRIES: IndustryData[] = [
  // ── The four strategic emerging clusters (ch.4 §1: 聚力打造 …) ────────────────────────────
  {
    code: 'NEW_MATERIALS',
    name: '新材料',
    nameEn: 'New materials',
    category: 'PRIORITY',
    description:
      '已初步建成以新疆众和为龙头的铝基电子新材料和以莱沃科技、凯沃科技为骨干的高分子复合材料产业集群；' +
      '重点引进培育具备核心技术的细分龙头及上下游配套企业；未来产业布局生物基、氢能源和铝基、碳基等新材料。',
    descriptionEn:
      'Clusters of aluminium-based electronic materials (lead firm Xinjiang Joinworld) and polymer composites ' +
      '(Laiwo, Kaiwo) are in place; the plan seeks niche leaders with core technology and their suppliers, and ' +
      'lays out bio-based, hydrogen-energy, aluminium-based and carbon-based materials as future industries.',
    planRef: '第一章第一节；第四章；第四章第一节',
    segments: segments('NEW_MATERIALS', [
      ['ALUMINIUM_ELECTRONIC', '铝基电子新材料', 'Aluminium-based electronic materials'],
      ['POLYMER_COMPOSITES', '高分子复合材料', 'Polymer composites'],
      ['BIO_BASED', '生物基材料', 'Bio-based materials'],
      ['HYDROGEN_ENERGY', '氢能源材料', 'Hydrogen-energy materials'],
      ['ALUMINIUM_BASED', '铝基新材料', 'Aluminium-based new materials'],
      ['CARBON_BASED', '碳基新材料', 'Carbon-based new materials'],
    ]),
  },
  {
    code: 'BIOMEDICINE',
    name: '生物医药与大健康',
    nameEn: 'Biomedicine and health',
    category: 'PRIORITY',
    description:
      '聚集了全疆70%以上的生物医药企业，形成民族药特色药、生物制药、化学原料药与制剂药、医药与医疗器械流通和医疗健康服务特色集群；' +
      '盘活现有园区，培育龙头骨干企业，在药品和医疗器械领域培育智慧供应链示范企业，延伸补强上下游。',
    descriptionEn:
      "Home to over 70 % of Xinjiang's biomedicine firms: ethnic and specialty medicines, biopharmaceuticals, " +
      'APIs and formulations, drug and device distribution, health services; the plan revives existing parks, ' +
      'grows lead firms and builds smart supply chains for drugs and medical devices.',
    planRef: '第一章第一节；第四章第一节',
    segments: segments('BIOMEDICINE', [
      ['ETHNIC_MEDICINE', '民族药特色药', 'Ethnic and specialty medicines'],
      ['BIOPHARMA', '生物制药', 'Biopharmaceuticals'],
      ['API_FORMULATIONS', '化学原料药与制剂药', 'Chemical APIs and formulations'],
      ['MEDICAL_DEVICES', '医疗器械', 'Medical devices'],
      ['PHARMA_DISTRIBUTION', '医药与医疗器械流通', 'Drug and medical-device distribution'],
      ['HEALTHCARE_SERVICES', '医疗健康服务', 'Medical and health services'],
      ['SMART_SUPPLY_CHAIN', '智慧供应链', 'Smart supply chain'],
    ]),
  },
  {
    code: 'NEXT_GEN_IT',
    name: '新一代信息技术',
    nameEn: 'Next-generation information technology',
    category: 'PRIORITY',
    description:
      '数字产业企业超过1000家；培育信息技术创新产业、强化软件信息技术服务、支持云计算与大数据发展、完善新一代信息基础设施；' +
      '支持信息技术创新集成、适配、检测认证、培训及展示中心建设，筹划信息安全产业基地，推动5G全覆盖和工业互联网；' +
      '含第五章第三节“大数据和云计算产业”（政务云、工业云、大数据中心节点）。',
    descriptionEn:
      'Over 1,000 digital-industry firms; the plan grows IT innovation (integration, adaptation, testing and ' +
      'certification, training, showrooms), software and IT services, cloud computing and big data (incl. the ' +
      'big-data and cloud industry of ch.5 §3: government and industrial cloud), an information-security base, ' +
      '5G coverage and the industrial internet.',
    planRef: '第一章第一节；第四章第一节；第四章第三节；第四章第四节；第五章第三节',
    segments: segments('NEXT_GEN_IT', [
      ['SOFTWARE_IT_SERVICES', '软件和信息技术服务', 'Software and IT services'],
      ['CLOUD_BIG_DATA', '云计算与大数据', 'Cloud computing and big data'],
      [
        'IT_INNOVATION',
        '信息技术创新集成、适配、检测认证、培训及展示',
        'IT innovation: integration, adaptation, testing and certification, training, showrooms',
      ],
      ['INFO_SECURITY', '信息安全', 'Information security'],
      ['NETWORK_5G', '5G网络及应用', '5G networks and applications'],
      ['INDUSTRIAL_INTERNET', '工业互联网', 'Industrial internet'],
    ]),
  },
  {
    code: 'ADVANCED_EQUIPMENT',
    name: '先进装备制造',
    nameEn: 'Advanced equipment manufacturing',
    category: 'PRIORITY',
    description:
      '以培育高端、提升能力为重点，大力发展智能农机装备、新能源矿车装备；由生产型制造向服务型制造转变，' +
      '向研发设计、智能制造、维护服务等环节延伸，形成全产业链。',
    descriptionEn:
      'Smart agricultural machinery and new-energy mining trucks; a shift from production to service-oriented ' +
      'manufacturing, extending the chain into R&D and design, smart manufacturing and maintenance services.',
    planRef: '第四章第一节',
    segments: segments('ADVANCED_EQUIPMENT', [
      ['SMART_AGRI_MACHINERY', '智能农机装备', 'Smart agricultural machinery'],
      ['NEW_ENERGY_MINING_TRUCKS', '新能源矿车装备', 'New-energy mining trucks'],
      ['RD_DESIGN', '研发设计', 'R&D and design'],
      ['SMART_MANUFACTURING', '智能制造', 'Smart manufacturing'],
      ['MAINTENANCE_SERVICES', '维护服务', 'Maintenance services'],
    ]),
  },

  // ── Traditional industry to upgrade (ch.4 intro: 实施传统产业提升工程) ───────────────────
  {
    code: 'PETROCHEMICAL',
    name: '石油化工',
    nameEn: 'Petrochemicals',
    category: 'TRADITIONAL',
    description:
      '传统产业提升工程：引导石油化工等传统产业延伸产业链、开发高附加值产品，实现产业链互补、产品互供；' +
      '北区工业园推进企业风险防控，降低化学品环境风险。石油石化企业总部见“总部经济”。',
    descriptionEn:
      'Traditional industry to upgrade: extend the chain and develop high-value products. Chemical risk in the ' +
      'North Industrial Park is to be reduced. Petrochemical head offices belong to the headquarters economy.',
    planRef: '第四章；第十章第二节',
    segments: [],
  },

  // ── Future industries (ch.4 intro: 实施未来产业布局工程，着眼人工智能、医疗健康等快速发展趋势) ──
  {
    code: 'ARTIFICIAL_INTELLIGENCE',
    name: '人工智能',
    nameEn: 'Artificial intelligence',
    category: 'FUTURE',
    description:
      '未来产业布局工程：着眼人工智能快速发展趋势，推动互联网、大数据、人工智能等同各产业深度融合，抢占未来竞争制高点。',
    descriptionEn:
      'Future industry: AI, fused with the other industries together with the internet and big data, to take ' +
      'the high ground of future competition.',
    planRef: '第四章',
    segments: [],
  },
  {
    code: 'MEDICAL_HEALTH',
    name: '医疗健康（未来产业）',
    nameEn: 'Medical health (future industry)',
    category: 'FUTURE',
    description:
      '未来产业布局工程：着眼医疗健康快速发展趋势，抢占未来竞争制高点。' +
      '现有生物医药企业归“生物医药与大健康”，健康护理和社会办医等服务归“健康服务业”。',
    descriptionEn:
      'Future industry: fast-developing medical health, to take the high ground of future competition. Existing biomedicine firms ' +
      'belong to Biomedicine and health; care and private hospitals to Health services.',
    planRef: '第四章',
    segments: [],
  },

  // ── Modern and life services (ch.5 intro, §1, §3) ──────────────────────────────────────────
  {
    code: 'HEADQUARTERS_ECONOMY',
    name: '总部经济',
    nameEn: 'Headquarters economy',
    category: 'SERVICE',
    description:
      '以国际国内500强、国有企业、上市企业、高新技术企业为重点，培育引进石油化工、生物医药、信息产业等领域企业总部，' +
      '鼓励设立综合总部、地区总部及营销、采购、贸易等职能总部；推进石油石化总部基地、科研总部基地、健康产业总部建设。',
    descriptionEn:
      'Head offices of Fortune 500, state-owned, listed and high-tech firms in petrochemicals, biomedicine and IT: ' +
      'group, regional and functional (sales, purchasing, trade) headquarters; petrochemical, research and ' +
      'health-industry headquarters bases.',
    planRef: '第五章第三节',
    segments: segments('HEADQUARTERS_ECONOMY', [
      ['REGIONAL_HQ', '综合总部与地区总部', 'Group and regional headquarters'],
      ['FUNCTIONAL_HQ', '营销、采购、贸易等职能总部', 'Functional headquarters (sales, purchasing, trade)'],
      ['PETROCHEMICAL_HQ', '石油石化总部基地', 'Petrochemical headquarters base'],
      ['RESEARCH_HQ', '科研总部基地', 'Research headquarters base'],
      ['HEALTH_HQ', '健康产业总部', 'Health-industry headquarters'],
    ]),
  },
  {
    code: 'MODERN_FINANCE',
    name: '现代金融',
    nameEn: 'Modern finance',
    category: 'SERVICE',
    description:
      '打造区域性国际金融中心；设立运营“财政引导基金+区重点产业母基金+产业子基金”产业基金群；' +
      '引进天使投资、风险投资、私募基金；发展科技银行、科技保险及互联网保险、众筹平台、第三方支付。',
    descriptionEn:
      'A regional international financial centre: the industry fund group (government guidance fund, district ' +
      'fund of funds, sub-funds), angel, venture and private-equity investors, tech banks and tech insurance, ' +
      'internet insurance, crowdfunding and third-party payment.',
    planRef: '第五章第三节',
    segments: segments('MODERN_FINANCE', [
      ['INDUSTRY_FUNDS', '产业基金', 'Industry funds'],
      ['VENTURE_CAPITAL', '天使投资、风险投资与私募基金', 'Angel, venture and private-equity investment'],
      ['TECH_BANKING_INSURANCE', '科技银行与科技保险', 'Tech banking and tech insurance'],
      ['INTERNET_FINANCE', '互联网保险、众筹与第三方支付', 'Internet insurance, crowdfunding and payments'],
    ]),
  },
  {
    code: 'E_COMMERCE',
    name: '电子商务',
    nameEn: 'E-commerce',
    category: 'SERVICE',
    description:
      '以跨境电子商务为重点，构建跨境电商通关、公共服务、综合服务平台链条；引进培育电商平台企业，完善仓储、跨境物流、代运营等支撑服务；' +
      '发展社区电商和农村电商。',
    descriptionEn:
      'Cross-border e-commerce first (customs, public and integrated service platforms), platform companies, ' +
      'support services (warehousing, cross-border logistics, store operation), community and rural e-commerce.',
    planRef: '第四章第四节；第五章第三节',
    segments: segments('E_COMMERCE', [
      ['CROSS_BORDER', '跨境电子商务', 'Cross-border e-commerce'],
      ['PLATFORMS', '电子商务平台', 'E-commerce platforms'],
      [
        'SUPPORT_SERVICES',
        '电商支撑服务（仓储、代运营）',
        'E-commerce support services (warehousing, store operation)',
      ],
      ['COMMUNITY_RURAL', '社区电商与农村电商', 'Community and rural e-commerce'],
    ]),
  },
  {
    code: 'MODERN_LOGISTICS',
    name: '现代物流',
    nameEn: 'Modern logistics',
    category: 'SERVICE',
    description:
      '立足地窝堡机场国际门户枢纽，打造以航空物流为核心的现代物流体系；推进生物制药、电子信息、鲜活果蔬食品冷链、高端消费品交易平台和分拨中心；' +
      '建设医药物流基地；物流园区向数字化、智能化和多式联运升级。',
    descriptionEn:
      'Air logistics around Diwopu airport as the core; trading platforms and distribution centres for ' +
      'biopharmaceuticals, electronics, fresh-food cold chain and premium goods; a pharmaceutical logistics ' +
      'base; digital, smart and multimodal logistics parks.',
    planRef: '第一章第一节；第五章第三节；第五章第四节',
    segments: segments('MODERN_LOGISTICS', [
      ['AVIATION', '航空物流', 'Air logistics'],
      ['PHARMA', '医药物流', 'Pharmaceutical logistics'],
      ['COLD_CHAIN', '冷链物流', 'Cold-chain logistics'],
      ['DISTRIBUTION_CENTRES', '分拨与共同配送中心', 'Distribution and shared-delivery centres'],
      ['SMART_MULTIMODAL', '智慧物流与多式联运', 'Smart and multimodal logistics'],
    ]),
  },
  {
    code: 'TECH_SERVICES',
    name: '科技服务业',
    nameEn: 'Science and technology services',
    category: 'SERVICE',
    description:
      '打造科技服务业集群，创建国家科技创新服务体系建设试点；鼓励院所提供专业化研发、检验检测服务，建设检验检测专业园区和食品药品检验检测中心；' +
      '推动国家技术转移东部中心新疆分中心建设，促进国际技术转移转化。',
    descriptionEn:
      'A cluster of technology services: contract R&D, testing and inspection (a testing park, a food and drug ' +
      'testing centre) and technology transfer (the Xinjiang branch of the National Technology Transfer Center, East).',
    planRef: '第五章第三节',
    segments: segments('TECH_SERVICES', [
      ['TESTING_INSPECTION', '检验检测认证', 'Testing, inspection and certification'],
      ['TECH_TRANSFER', '技术转移转化', 'Technology transfer'],
      ['RD_SERVICES', '专业化研发服务', 'Contract R&D services'],
    ]),
  },
  {
    code: 'COMMERCE_TRADE',
    name: '商贸流通与商务服务',
    nameEn: 'Trade, retail and business services',
    category: 'SERVICE',
    description:
      '传统服务业提升：商业中心、专业市场、物流配送、生活服务；“井”字形商业商务综合区，城北新区和铁路局商圈，' +
      '小店经济、夜间经济；临空商务。',
    descriptionEn:
      'Traditional services upgraded: shopping centres, specialised markets, delivery and consumer services; ' +
      'the business districts, small-shop and night economy; airport-area business services.',
    planRef: '第五章第一节；第五章第二节；第八章第一节',
    segments: [],
  },
  {
    code: 'HUMAN_RESOURCES_SERVICES',
    name: '人力资源服务业',
    nameEn: 'Human-resources services',
    category: 'SERVICE',
    description:
      '大力开展人力资源服务业发展行动：骨干企业培育计划、领军人才培养计划、产业园建设计划和“互联网+”人力资源服务计划；' +
      '建立人力资源服务孵化基地，引进知名人力资源服务企业设立区域性总部；高级人才寻访、人力资源外包、人才测评、人力资源管理咨询等高端业态。',
    descriptionEn:
      'A development drive for HR services: backbone firms, leading talent, an HR industrial park and "Internet+" HR ' +
      'services; an HR-service incubation base and regional head offices of well-known HR firms; executive search, ' +
      'HR outsourcing, talent assessment and HR consulting.',
    planRef: '第三章第五节',
    segments: segments('HUMAN_RESOURCES_SERVICES', [
      ['EXECUTIVE_SEARCH', '高级人才寻访', 'Executive search'],
      ['HR_OUTSOURCING', '人力资源外包', 'HR outsourcing'],
      ['TALENT_ASSESSMENT', '人才测评', 'Talent assessment'],
      ['HR_CONSULTING', '人力资源管理咨询', 'HR management consulting'],
      ['ONLINE_HR_PLATFORM', '“互联网+”人力资源服务', '"Internet+" HR services'],
    ]),
  },
  {
    code: 'ELDERLY_DOMESTIC',
    name: '养老和家政服务业',
    nameEn: 'Elderly care and domestic services',
    category: 'SERVICE',
    description:
      '普惠型、互助性养老，居家社区机构相协调、医养康养相结合；发展银发经济；家政服务规范化、职业化，员工制家政企业。',
    descriptionEn:
      'Affordable and mutual-aid elderly care combining home, community and institutions with medical care; ' +
      'the silver economy; professional domestic services.',
    planRef: '第五章第三节',
    segments: segments('ELDERLY_DOMESTIC', [
      ['ELDERLY_CARE', '养老服务', 'Elderly care'],
      ['DOMESTIC_SERVICES', '家政服务', 'Domestic services'],
    ]),
  },
  {
    code: 'HEALTH_SERVICES',
    name: '健康服务业',
    nameEn: 'Health services',
    category: 'SERVICE',
    description:
      '健康护理、咨询服务，全生命周期健康服务；社会办医和医院管理集团；康复医院、护理院，医养结合；智慧健康服务。',
    descriptionEn:
      'Health care and consulting over the whole life cycle, private hospitals and hospital groups, ' +
      'rehabilitation and nursing homes, smart health services.',
    planRef: '第五章第三节',
    segments: [],
  },
  {
    code: 'CHILDCARE',
    name: '育幼服务业',
    nameEn: 'Childcare services',
    category: 'SERVICE',
    description: '鼓励社会力量有序参与婴幼儿托育服务，加大托幼园所建设，培养育婴保育人员。',
    descriptionEn: 'Infant and toddler care by private providers; more nurseries and trained carers.',
    planRef: '第五章第三节',
    segments: [],
  },
  {
    code: 'COMMUNITY_SERVICES',
    name: '社区服务业',
    nameEn: 'Community services',
    category: 'SERVICE',
    description: '社区物业管理、便利店、菜市场、家庭服务、物流配送、再生资源回收；社区智能化改造。',
    descriptionEn:
      'Property management, convenience stores, food markets, household services, delivery and recycling in ' +
      'communities; smart community upgrades.',
    planRef: '第五章第三节',
    segments: [],
  },

  // ── Culture and tourism (ch.5 §5, ch.8 §5, ch.9 §6) ───────────────────────────────────────
  {
    code: 'CULTURE_TOURISM',
    name: '文化旅游',
    nameEn: 'Culture and tourism',
    category: 'CULTURE_TOURISM',
    description:
      '鲤鱼山商业文娱产业集群（“马”文化、野马古生态园）；依托中亚黄金宝玉石产业园发展“旅游+工业”“旅游+科技”（黄金文化、玉文化、工业观光、商务游）；' +
      '以安宁渠文旅小镇为核心的时尚创意和城市记忆特色园区；精品乡村旅游与民宿；旅游纪念品；现代文化产业与文化创意。',
    descriptionEn:
      'The Liyushan commercial-entertainment cluster; industrial and technology tourism around the Central Asia ' +
      'gold and jade park (gold and jade culture, factory visits, business travel); the Anningqu culture and ' +
      'tourism town; rural tourism and guesthouses; souvenirs; cultural and creative industries.',
    planRef: '第五章第五节；第八章第五节；第九章第六节',
    segments: segments('CULTURE_TOURISM', [
      ['COMMERCIAL_ENTERTAINMENT', '商业文娱', 'Commercial entertainment'],
      [
        'INDUSTRIAL_TOURISM',
        '工业旅游与商务游（黄金文化、玉文化）',
        'Industrial and business tourism (gold and jade culture)',
      ],
      ['CULTURAL_CREATIVE', '文化创意与数字传媒', 'Cultural creative industries and digital media'],
      ['RURAL_TOURISM', '乡村旅游与精品民宿', 'Rural tourism and boutique guesthouses'],
      ['SOUVENIRS', '旅游纪念品', 'Souvenirs'],
    ]),
  },

  // ── Agriculture (ch.8 §4) ──────────────────────────────────────────────────────────────────
  {
    code: 'URBAN_AGRICULTURE',
    name: '现代都市农业',
    nameEn: 'Modern urban agriculture',
    category: 'AGRICULTURE',
    description:
      '“退粮、减苗木、强菜、优果、促畜、兴特色”：高标准蔬菜园区、规模化养殖、农产品加工产业园、农旅融合产业园、田园综合体、' +
      '现代都市农业示范园；数字农业、智慧农业；“观光农业、绿色农业、生态农业、都市农业”。',
    descriptionEn:
      'Vegetables, fruit, livestock and aquaculture; agricultural processing parks, agri-tourism parks and ' +
      'demonstration parks; digital and smart agriculture; leisure and sightseeing agriculture for city dwellers.',
    planRef: '第四章第四节；第八章第四节',
    segments: segments('URBAN_AGRICULTURE', [
      ['VEGETABLES_FRUIT', '蔬菜与林果', 'Vegetables and fruit'],
      ['LIVESTOCK_AQUACULTURE', '畜牧与水产养殖', 'Livestock and aquaculture'],
      ['AGRI_PROCESSING', '农产品加工', 'Agricultural processing'],
      ['LEISURE_AGRICULTURE', '休闲观光农业', 'Leisure and sightseeing agriculture'],
      ['DIGITAL_AGRICULTURE', '数字农业与智慧农业', 'Digital and smart agriculture'],
    ]),
  },
];

/** Codes of the four strategic emerging clusters, in the plan's order. */
export const PRIORITY_INDUSTRY_CODES = ['NEW_MATERIALS', 'BIOMEDICINE', 'NEXT_GEN_IT', 'ADVANCED_EQUIPMENT'] as const;
export type PriorityIndustryCode = (typeof PRIORITY_INDUSTRY_CODES)[number];
