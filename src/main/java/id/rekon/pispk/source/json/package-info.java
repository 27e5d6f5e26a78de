/**
 * JSON reading for files saved from the PCare web service, with Jackson's streaming parser: arrays,
 * one object per line, or records wrapped in a response object; nested objects flattened to dotted
 * keys.
 */
package id.rekon.pispk.source.json;
