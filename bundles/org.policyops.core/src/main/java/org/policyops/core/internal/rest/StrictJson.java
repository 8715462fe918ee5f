package org.policyops.core.internal.rest;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.policyops.core.rest.Dates;
import org.policyops.core.rest.Validator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;

/**
 * What the API refuses in JSON that Jackson would take: a number or a boolean where text belongs ({@code "code": true}
 * would become the region {@code TRUE}), text with control characters or half a surrogate pair, numbers too large to
 * be finite, and dates outside the years {@value Dates#MIN_YEAR}–{@value Dates#MAX_YEAR}. Each refusal is a mapping
 * error at the field, which the problem mapper turns into a 400 naming it.
 */
final class StrictJson {

    private StrictJson() {
    }

    static SimpleModule module() {
        return new SimpleModule("policyops-strict-input")
                .addDeserializer(String.class, new Text())
                .addDeserializer(Double.class, new FiniteDouble(Double.class))
                .addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE))
                .addDeserializer(Instant.class, ranged(InstantDeserializer.INSTANT, i -> Dates.year(i)))
                .addDeserializer(OffsetDateTime.class, ranged(InstantDeserializer.OFFSET_DATE_TIME,
                        t -> t.withOffsetSameInstant(ZoneOffset.UTC).getYear()))
                .addDeserializer(LocalDate.class, ranged(LocalDateDeserializer.INSTANCE, LocalDate::getYear))
                .addDeserializer(LocalDateTime.class, ranged(LocalDateTimeDeserializer.INSTANCE, LocalDateTime::getYear))
                .addDeserializer(YearMonth.class, ranged(YearMonthDeserializer.INSTANCE, YearMonth::getYear));
    }

    /** Text only from JSON strings, and only printable text. */
    static final class Text extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            String bad = Validator.unprintable(text);
            if (bad != null) {
                throw JsonMappingException.from(p, bad);
            }
            return text;
        }
    }

    /** A double that the JSON number fits into; 1e400 would silently become infinity. */
    static final class FiniteDouble extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        FiniteDouble(Class<?> type) {
            super(type);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isNumeric()) {
                return (Double) ctxt.handleUnexpectedToken(handledType(), p);
            }
            double d = p.getDoubleValue();
            if (!Double.isFinite(d)) {
                throw JsonMappingException.from(p, "is too large to be a number");
            }
            return d;
        }
    }

    interface Year<T> {
        int of(T value);
    }

    @SuppressWarnings("unchecked")
    private static <T> JsonDeserializer<T> ranged(JsonDeserializer<T> delegate, Year<T> year) {
        return new StdScalarDeserializer<T>((Class<T>) delegate.handledType()) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                T value = delegate.deserialize(p, ctxt);
                int y = value == null ? Dates.MIN_YEAR : year.of(value);
                if (y < Dates.MIN_YEAR || y > Dates.MAX_YEAR) {
                    throw JsonMappingException.from(p, "must be from " + Dates.MIN_YEAR + " to " + Dates.MAX_YEAR
                            + " (was " + value + ")");
                }
                return value;
            }
        };
    }
}
