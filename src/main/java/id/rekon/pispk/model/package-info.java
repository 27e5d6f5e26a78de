/**
 * The domain: records and value objects of the reconciliation, free of Spring, POI and JDBC, so
 * rules can be tested with plain objects. Imports nothing else of ours.
 */
package id.rekon.pispk.model;
