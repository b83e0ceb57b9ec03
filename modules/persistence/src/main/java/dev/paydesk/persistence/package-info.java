/**
 * Storage: the JPA mapping of the domain (META-INF/orm.xml), repositories, and schema migration.
 */
package dev.paydesk.persistence;
