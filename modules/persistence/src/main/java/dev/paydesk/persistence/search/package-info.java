/** Building the filtered, paged queries behind the read side's searches. */
package dev.paydesk.persistence.search;
