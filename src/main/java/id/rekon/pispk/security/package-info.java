/** Protection of data at rest: owner-only folders and the encrypted H2 store. */
package id.rekon.pispk.security;
