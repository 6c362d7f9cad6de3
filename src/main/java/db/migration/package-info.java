/** Flyway Java migrations (those that need code, e.g. chaining the old stage history into the record). */
package db.migration;
