package org.policyops.planning.internal.entity;

import java.time.Instant;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores instants as UTC epoch milliseconds. JPA 2.2 has no mapping for {@link Instant}, and going through
 * {@code java.sql.Timestamp} would shift times by the JVM's time zone (and lose an hour in daylight-saving gaps).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    @Override
    public Instant convertToEntityAttribute(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
