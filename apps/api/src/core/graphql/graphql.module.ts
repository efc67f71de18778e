import { Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AuthModule } from '../auth/auth.module.js';
import { AuthService } from '../auth/auth.service.js';
import { localeFromHeader } from '../errors/locale.js';
import { GRAPHQL_LIMITS, armorRules } from './armor-rules.js';
import { formatExecution } from './format-errors.js';
import { responseStatus } from './graphql-response.js';
import { withInputDefaults } from './input-defaults.js';
import type { GraphqlContext } from './graphql-context.js';
import { RequestLoaders } from './request-loaders.js';
import { assertFieldCount, assertTokenCount } from './request-limits.js';

const logger = new Logger('GraphQL');

@Module({
  imports: [
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      imports: [AuthModule],
      inject: [APP_CONFIG, AuthService],
      useFactory: (config: AppConfig, auth: AuthService): MercuriusDriverConfig => ({
        autoSchemaFile: config.GRAPHQL_SCHEMA_FILE ?? true,
        sortSchema: true,
        path: '/graphql',
        graphiql: false,
        jit: 1,
        allowBatchedQueries: false,
        validationRules: armorRules(config.NODE_ENV === 'production'),
        graphql: { parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens } },
        hooks: {
          // Before parsing and validating, whose cost grows with the document: a caller without a
          // valid token gets a smaller budget, and nobody more fields than a screen can show.
          preParsing: async (_schema, source, context) => {
            if (!(context as unknown as GraphqlContext).actor)
              assertTokenCount(source, config.GRAPHQL_ANONYMOUS_MAX_TOKENS);
          },
          preValidation: async (_schema, document) => {
            assertFieldCount(document, {
              selectionFields: config.GRAPHQL_MAX_SELECTION_FIELDS,
              documentFields: config.GRAPHQL_MAX_FIELDS,
            });
          },
          preExecution: async (schema, document, _context, variables) => ({
            variables: withInputDefaults(schema, document, variables),
          }),
        },
        context: async (req: FastifyRequest, reply: FastifyReply): Promise<GraphqlContext> => {
          const locale = localeFromHeader(req.headers['accept-language']);
          return { req, reply, locale, actor: await auth.actorFromRequest(req, locale), loaders: new RequestLoaders() };
        },
        errorFormatter: (execution, context) => {
          const headers = context.reply?.request?.headers ?? {};
          const locale =
            (context as unknown as Partial<GraphqlContext>).locale ?? localeFromHeader(headers['accept-language']);
          return {
            statusCode: responseStatus(execution, headers.accept),
            response: formatExecution(execution, locale, logger, { hideSuggestions: config.NODE_ENV === 'production' }),
          };
        },
      }),
    }),
  ],
})
export class GraphqlApiModule {}
