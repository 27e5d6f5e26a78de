package id.rekon.pispk.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import id.rekon.pispk.model.PersonalData;

/**
 * The log pattern's {@code %aman(...)}: every message and stack trace that reaches the console or the
 * log file goes through {@link PersonalData#maskLines}, whoever logged it (the application, Spring,
 * POI, H2).
 */
public class MaskingConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return PersonalData.maskLines(in);
    }
}
