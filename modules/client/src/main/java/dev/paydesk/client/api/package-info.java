/**
 * The shop API as a typed MicroProfile Rest Client ({@link dev.paydesk.client.api.PaydeskApi}):
 * JSON-B records for every answer, problems as {@link dev.paydesk.client.api.PaydeskProblem}, and
 * {@link dev.paydesk.client.api.PaydeskClients} for plain Java SE.
 */
package dev.paydesk.client.api;
