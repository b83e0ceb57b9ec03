/** Every error as {@code application/problem+json} (RFC 9457), never a stack trace. */
package dev.paydesk.rest.problem;
