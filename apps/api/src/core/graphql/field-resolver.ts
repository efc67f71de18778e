/**
 * The arguments object GraphQL passes a field resolver (a field without `@Args` gets `{}`).
 *
 * Field resolvers on list rows (50–100 rows × each field a page shows) are written without parameter
 * decorators — `park(enterprise: Enterprise, _args: NoArgs, context: GraphqlContext)` instead of
 * `park(@Parent() enterprise, @Loaders() loaders)` — so that Nest calls the method directly with
 * GraphQL's `(parent, args, context, info)` (its fast path for field resolvers with neither parameter
 * decorators nor field enhancers). With decorators each call goes through Nest's ExternalContextCreator:
 * an execution context, the parameter factories and the global pipe per parameter, for every row: 7 % of
 * the API's CPU on a page of 50 enterprises (bench/README.md, `api-throughput`). Guards still run once
 * per operation on the query (the field resolvers of this API have no guards or interceptors: no
 * `fieldResolverEnhancers`).
 */
export type NoArgs = Record<string, never>;
