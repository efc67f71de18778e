import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';

/** Values of real records and plausible inputs, so generated arguments reach the services, not only validation. */
export interface FuzzHints {
  /** Ids of real records by kind (`lead`, `park`, …); an ID picks the kind its argument or mutation names. */
  ids: Record<string, string[]>;
  /** Plausible strings by kind (`industry`, `email`, `date`, `text`, …, see STRING_KINDS); `text` for any other field. */
  strings: Record<string, string[]>;
  /** Plausible JSON values (JsonLogic rules, facts). */
  json: unknown[];
}

/** A field left out of the object (the server sees it absent, not null). */
const MISSING = Symbol('missing');

/** Strings a careless or hostile client sends: bytes PostgreSQL refuses, tricky scripts, spreadsheet formulas. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  '👨‍👩‍👧‍👦🚀',
  '乌鲁木齐高新区\u200B',
  "' OR 1=1 --",
  "'); DROP TABLE users; --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","x")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '%_\\',
  '../../etc/passwd',
  '${jndi:ldap://x}',
  'null',
  'undefined',
  '2026-02-30',
  '2026-13-45T25:61:61Z',
  '0000-00-00',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01',
  '9999-12-31T23:59:59.999Z',
  '1e308',
  'NaN',
];

const longString = fc
  .tuple(fc.constantFrom('a', '中', '😀', '\u0000'), fc.constantFrom(256, 1_001, 10_000, 120_000))
  .map(([unit, count]) => unit.repeat(count));

const loneSurrogates = fc
  .array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 3 })
  .map((units) => String.fromCharCode(...units));

/** Which plausible strings fit a field, read from its name (case matters: `expectedSigningDate`, not `reason`). */
const STRING_KINDS: [RegExp, string][] = [
  [/[Ii]ndustr/, 'industry'],
  [/[Ss]egment/, 'segment'],
  [/[Ee]mail/, 'email'],
  [/[Uu]scc/, 'uscc'],
  [/[Pp]assword/, 'password'],
  [/parkCode|parentCode|targetParks/, 'park'],
  [/^code$|stackingGroup/, 'code'],
  [/Id$|Ids$/, 'id'],
  [/[Dd]ate|[Dd]eadline|At$|On$|From$|To$|Since$|MoveIn$|^month$|^asOf$/, 'date'],
  [/[Pp]hone/, 'phone'],
  [/[Uu]rl$/, 'url'],
  [/^file$/, 'file'],
];

function plausibleString(hints: FuzzHints, names: string[]): fc.Arbitrary<string> {
  const kind = STRING_KINDS.find(([pattern]) => pattern.test(names[0] ?? ''))?.[1] ?? 'text';
  if (kind === 'id') return fc.constantFrom(...idPool(hints, names));
  // codes are unique: besides the taken ones, a new one each time
  if (kind === 'code')
    return fc.oneof(
      fc.constantFrom(...(hints.strings.code ?? ['X'])),
      fc.nat().map((n) => `FUZZ_C${n}`),
    );
  const pool = hints.strings[kind]?.length ? hints.strings[kind] : hints.strings.text;
  return pool?.length ? fc.constantFrom(...pool) : fc.string({ minLength: 1, maxLength: 12 });
}

function hostileString(plausible: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const hostile = fc.constantFrom(...HOSTILE_STRINGS);
  return fc.oneof(
    { arbitrary: hostile, weight: 3 },
    { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
    { arbitrary: fc.tuple(plausible, fc.oneof(hostile, loneSurrogates)).map(([a, b]) => a + b), weight: 2 },
    { arbitrary: loneSurrogates, weight: 1 },
    { arbitrary: longString, weight: 1 },
  );
}

/** Int: the 32-bit range and values GraphQL must refuse. */
const hostileInt: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer(), weight: 2 },
  {
    arbitrary: fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), 1.5, 1e308, -1e308),
    weight: 1,
  },
);

/** Float: any finite double, and the edges JSON can carry (no NaN or Infinity in JSON). */
const hostileFloat: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
  { arbitrary: fc.constantFrom(0, -1, 0.1, 1e308, -1e308, 5e-324, 1e21, 2 ** 53 + 2, -1e-9), weight: 1 },
);

/** `[[[…]]]` or `{ "a": { "a": … } }` nested `depth` deep. */
function nested(depth: number, asObject: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

function hostileJson(strings: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 2 },
    { arbitrary: fc.dictionary(strings, fc.oneof(strings, hostileFloat, fc.boolean()), { maxKeys: 4 }), weight: 1 },
    { arbitrary: fc.record({ var: strings }), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(65, 500, 3_000), fc.boolean())
        .map(([depth, asObject]) => nested(depth, asObject)),
      weight: 1,
    },
  );
}

/** Fixture kinds an id's name points at (`ownerId` → user, `preferredParkIds` → park). */
const KIND_ALIASES: Record<string, string> = { owner: 'user', keep: 'lead', merge: 'lead' };

function idPool(hints: FuzzHints, names: string[]): string[] {
  for (const name of names) {
    const lower = name.toLowerCase();
    const aliased = Object.entries(KIND_ALIASES).find(([alias]) => lower.startsWith(alias))?.[1];
    const kinds = Object.keys(hints.ids).filter((kind) => kind === aliased || lower.includes(kind));
    const pool = kinds.flatMap((kind) => hints.ids[kind]);
    if (pool.length) return pool;
  }
  return Object.values(hints.ids).flat();
}

const hostileId: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.uuid(), weight: 2 },
  {
    arbitrary: fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', '1', "1' OR '1'='1"),
    weight: 1,
  },
  { arbitrary: loneSurrogates, weight: 1 },
);

interface Context {
  hints: FuzzHints;
  /** The mutation's name and the argument/field path: the nearest names an id's kind is read from. */
  names: string[];
  depth: number;
  /** Weight of a hostile value against 10 for a plausible one, at every leaf (0: plausible only). */
  hostility: number;
}

/** A plausible value, or now and then (per `hostility`) a hostile one. */
function either<T>(plausible: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>, context: Context): fc.Arbitrary<T> {
  if (!context.hostility) return plausible;
  return fc.oneof({ arbitrary: plausible, weight: 10 }, { arbitrary: hostile, weight: context.hostility });
}

function plausibleNumber(names: string[], integer: boolean): fc.Arbitrary<number> {
  const name = names[0] ?? '';
  if (/[Vv]ersion/.test(name)) return fc.integer({ min: 0, max: 4 });
  if (name === 'year') return fc.integer({ min: 2020, max: 2027 });
  if (name === 'satisfaction') return fc.integer({ min: 1, max: 5 });
  if (name === 'lng') return fc.double({ min: 87, max: 88, noNaN: true });
  if (name === 'lat') return fc.double({ min: 43, max: 44, noNaN: true });
  if (integer) return fc.integer({ min: 0, max: 200 });
  return fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }));
}

function namedArbitrary(type: GraphQLInputType, context: Context): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  const { hints, names } = context;
  if (isEnumType(named)) {
    return either(fc.constantFrom(...named.getValues().map((v) => v.name)), fc.constant('NOT_A_VALUE'), context);
  }
  if (isInputObjectType(named)) return objectArbitrary(Object.values(named.getFields()), context);
  const plausible = plausibleString(hints, names);
  switch (named.name) {
    case 'Int':
      return either(plausibleNumber(names, true), hostileInt, context);
    case 'Float':
      return either(plausibleNumber(names, false), hostileFloat, context);
    case 'Boolean':
      return fc.boolean();
    case 'ID': {
      const pool = idPool(hints, names);
      return either(pool.length ? fc.constantFrom(...pool) : fc.uuid(), hostileId, context);
    }
    case 'JSON':
      return either(
        hints.json.length ? fc.constantFrom(...hints.json) : fc.jsonValue(),
        hostileJson(plausible),
        context,
      );
    case 'DateTime':
      return either(
        fc
          .date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') })
          .map((d) => d.toISOString()),
        hostileString(plausible),
        context,
      );
    default:
      return either(plausible, hostileString(plausible), context);
  }
}

/** A value of the type: lists empty, short or long; null now and then, even where the schema forbids it. */
export function inputArbitrary(type: GraphQLInputType, context: Context): fc.Arbitrary<unknown> {
  if (context.depth > 6) return fc.constant(null);
  const inner = isNonNullType(type) ? type.ofType : type;
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const item = inputArbitrary(inner.ofType as GraphQLInputType, { ...context, depth: context.depth + 1 });
    const short = fc.array(item, { maxLength: 3 });
    value = either(short, fc.array(item, { minLength: 100, maxLength: 150 }), context);
  } else {
    value = namedArbitrary(inner, context);
  }
  // null: legitimate where the type allows it, hostile where it does not (GraphQL must refuse it, not the database)
  const nulls = isNonNullType(type) ? context.hostility : 1;
  if (!nulls) return value;
  return fc.oneof(
    { arbitrary: value, weight: isNonNullType(type) ? 30 : 6 },
    { arbitrary: fc.constant(null), weight: nulls },
  );
}

type InputSlot = GraphQLArgument | GraphQLInputField;

/** An object of the fields: each present, null, or left out (required ones too, now and then). */
function objectArbitrary(fields: readonly InputSlot[], context: Context): fc.Arbitrary<Record<string, unknown>> {
  const slots = fields.map((field) => {
    const value = inputArbitrary(field.type, {
      ...context,
      names: [field.name, ...context.names],
      depth: context.depth + 1,
    });
    const required = isNonNullType(field.type) && field.defaultValue === undefined;
    if (required && !context.hostility) return value;
    return fc.oneof(
      { arbitrary: value, weight: required ? 30 : 4 },
      { arbitrary: fc.constant<typeof MISSING>(MISSING), weight: required ? context.hostility : 2 },
    );
  });
  return fc
    .tuple(...slots)
    .map((values) =>
      Object.fromEntries(fields.flatMap((field, i) => (values[i] === MISSING ? [] : [[field.name, values[i]]]))),
    );
}

/**
 * The variables of one call of `field` (a mutation), generated from its argument list: all plausible (to reach
 * the service and its rules), one or two hostile values among plausible ones, or hostile throughout.
 */
export function argumentsArbitrary(
  field: GraphQLField<unknown, unknown>,
  hints: FuzzHints,
): fc.Arbitrary<Record<string, unknown>> {
  const at = (hostility: number) => objectArbitrary(field.args, { hints, names: [field.name], depth: 0, hostility });
  return fc.oneof({ arbitrary: at(0), weight: 2 }, { arbitrary: at(1), weight: 2 }, { arbitrary: at(8), weight: 1 });
}

/** `mutation Fuzz($a: T!) { m(a: $a) { …leaf fields } }`: every argument as a variable, every leaf selected. */
export function operationFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const output = getNamedType(field.type);
  const leaves = isObjectType(output)
    ? Object.values(output.getFields())
        .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
        .map((f) => f.name)
    : [];
  const selection = isLeafType(output) ? '' : ` { __typename ${leaves.join(' ')} }`;
  return `mutation Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}
