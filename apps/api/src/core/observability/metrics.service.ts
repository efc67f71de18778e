import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { OutboxRelay } from '../queue/outbox-relay.service.js';
import { ALL_QUEUES } from '../queue/queue-name.js';

/** Prometheus metrics of this process: HTTP, GraphQL operations and queue depths. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by name and outcome',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });

  constructor(@InjectDataSource() dataSource: DataSource, relay: OutboxRelay) {
    collectDefaultMetrics({ register: this.registry });
    // Every query runner calls logger.logQuery before a statement, whether or not it is logged: the
    // count of SQL statements this process sent (the API bench reads it per request).
    const statements = new Counter({
      name: 'db_statements_total',
      help: 'SQL statements this process sent to PostgreSQL',
      registers: [this.registry],
    });
    const logger = dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements.inc();
      return logQuery(query, parameters, runner);
    };
    new Gauge({
      name: 'queue_jobs',
      help: 'Jobs per queue and state (BullMQ), or pending outbox rows in embedded mode',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const name of ALL_QUEUES) {
          const queue = relay.queue(name);
          if (queue) {
            const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed').catch(() => ({}));
            for (const [state, count] of Object.entries(counts)) this.set({ queue: name, state }, count);
          }
        }
        const rows: { queue: string; status: string; count: string }[] = await dataSource
          .query(
            `SELECT queue, status, count(*)::int AS count FROM outbox WHERE status IN ('PENDING','FAILED') GROUP BY 1, 2`,
          )
          .catch(() => []);
        for (const row of rows)
          this.set({ queue: row.queue, state: `outbox_${row.status.toLowerCase()}` }, Number(row.count));
      },
    });
  }
}
