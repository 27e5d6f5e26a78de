/**
 * Test support for running tests against a real PostgreSQL server: where the server is
 * ({@code REKON_TEST_PG_URL}, {@code REKON_TEST_PG_USER}, {@code REKON_TEST_PG_PASSWORD}, defaulting
 * to the {@code rekon} database and role on localhost that {@code .ci/run} creates), a fresh schema
 * per test class, and a condition that skips such tests when no server is reachable, except on CI.
 */
package id.rekon.pispk.testdb;
