import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { classifyFailure, negotiateGraphqlMedia, responseStatus } from './graphql-response.js';

const validation = (): GraphQLError => {
  const wrapper = Object.assign(new Error('Graphql validation error'), {
    statusCode: 400,
    errors: [new GraphQLError('Cannot query field "x" on type "Query".')],
  });
  return new GraphQLError(wrapper.message, { originalError: wrapper });
};
const httpFailure = (statusCode: number): GraphQLError =>
  new GraphQLError('body', { originalError: Object.assign(new Error('body'), { statusCode }) });

describe('GraphQL over HTTP media type and status', () => {
  it('serves application/graphql-response+json to clients that prefer it, JSON otherwise', () => {
    expect(negotiateGraphqlMedia('application/graphql-response+json, application/json')).toEqual({
      graphqlResponse: true,
      legacyJson: false,
    });
    expect(negotiateGraphqlMedia('application/json')).toEqual({ graphqlResponse: false, legacyJson: true });
    expect(negotiateGraphqlMedia('application/json, application/graphql-response+json;q=0.5').legacyJson).toBe(true);
    expect(negotiateGraphqlMedia('*/*')).toEqual({ graphqlResponse: false, legacyJson: false });
    expect(negotiateGraphqlMedia(undefined)).toEqual({ graphqlResponse: false, legacyJson: false });
  });

  it('answers document failures 200 to legacy JSON clients and 400 to the others', () => {
    const execution = { errors: [validation()] };
    expect(classifyFailure(execution)).toBe('document');
    expect(responseStatus(execution, 'application/json')).toBe(200);
    expect(responseStatus(execution, 'application/graphql-response+json')).toBe(400);
    expect(responseStatus(execution, '*/*')).toBe(400);
  });

  it('keeps the status of a failed HTTP request whatever the client accepts', () => {
    expect(responseStatus({ errors: [httpFailure(413)] }, 'application/json')).toBe(413);
    expect(responseStatus({ errors: [httpFailure(415)] }, 'application/json')).toBe(415);
  });

  it('answers 200 once the operation ran, errors or not', () => {
    const failed = new GraphQLError('nope', { path: ['park'] });
    expect(responseStatus({ data: null, errors: [failed] }, 'application/graphql-response+json')).toBe(200);
  });
});
