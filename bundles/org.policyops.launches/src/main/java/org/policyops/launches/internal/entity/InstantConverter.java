package org.policyops.launches.internal.entity;

import java.time.Instant;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores instants as UTC epoch milliseconds, as planning does: JPA 2.2 has no mapping for {@link Instant}, and
 * {@code java.sql.Timestamp} would shift times by the JVM's time zone. Epoch milliseconds also let the database
 * compute durations (regional time-to-deploy) with plain arithmetic on both H2 and PostgreSQL.
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
