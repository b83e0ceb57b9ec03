/** Request bodies read strictly: one JSON object, no duplicate keys, nothing after it, bounded. */
package dev.paydesk.rest.json;
