/** The datasource and the Flyway migrations that shape it, run before anything else uses it. */
package dev.paydesk.persistence.schema;
