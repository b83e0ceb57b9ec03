/** Status changes carried between instances on one PostgreSQL (LISTEN/NOTIFY). */
package dev.paydesk.persistence.relay;
