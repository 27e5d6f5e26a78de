/**
 * CSV reading with Commons CSV: encoding detection (UTF-8 with or without BOM, else Windows-1252),
 * delimiter detection ({@code , ; TAB}), quoted fields with embedded newlines. Every cell is text.
 */
package id.rekon.pispk.source.csv;
