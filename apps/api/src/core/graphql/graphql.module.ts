import { Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import mercurius from 'mercurius';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AuthModule } from '../auth/auth.module.js';
import { AuthService } from '../auth/auth.service.js';
import { localeFromHeader } from '../errors/locale.js';
import { GRAPHQL_LIMITS, armorRules } from './armor-rules.js';
import { formatExecution } from './format-errors.js';
import { withInputDefaults } from './input-defaults.js';
import type { GraphqlContext } from './graphql-context.js';
import { RequestLoaders } from './request-loaders.js';

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
          preExecution: async (schema, document, _context, variables) => ({
            variables: withInputDefaults(schema, document, variables),
          }),
        },
        context: async (req: FastifyRequest, reply: FastifyReply): Promise<GraphqlContext> => {
          const locale = localeFromHeader(req.headers['accept-language']);
          return { req, reply, locale, actor: await auth.actorFromRequest(req, locale), loaders: new RequestLoaders() };
        },
        errorFormatter: (execution, context) => {
          const { statusCode } = mercurius.defaultErrorFormatter(execution, context);
          const locale =
            (context as unknown as Partial<GraphqlContext>).locale ??
            localeFromHeader(context.reply?.request?.headers['accept-language']);
          return { statusCode, response: formatExecution(execution, locale, logger) };
        },
      }),
    }),
  ],
})
export class GraphqlApiModule {}
