package id.rekon.pispk.source;

import id.rekon.pispk.normalise.MapResult;

/**
 * Turns one row of a recognised file into a domain record, or a reject. One implementation per
 * kind, in the kind's package ({@code source.pispk.AnggotaRowMapper}, ...).
 *
 * <p>Contract: a row is rejected only when a required field is missing or unreadable; an
 * unreadable optional value becomes {@code null}; a bad NIK is never a reject (it is classified
 * and flagged by the rules). Implementations are stateless and thread-safe, and never log cell
 * values.
 *
 * @param <T> the domain record type
 */
@FunctionalInterface
public interface SourceRowMapper<T> {

    MapResult<T> map(MappedRow row);
}
