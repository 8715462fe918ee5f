package org.policyops.itests.badinput;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a JSON request body looks like, read from the Java type a resource method takes (records, lists, scalars), so
 * the suite knows which fields a route reads and what type each has without a list kept by hand.
 */
final class Shape {

    enum Kind { TEXT, WHOLE, DECIMAL, BOOL, ENUM, DATE, INSTANT, LIST, OBJECT, ANY }

    static final Shape ANY = new Shape(Kind.ANY, List.of(), null, Map.of());

    final Kind kind;
    /** Enum constants, as Jackson writes them. */
    final List<String> constants;
    /** The element of a list. */
    final Shape element;
    /** The fields of an object, in declaration order. */
    final Map<String, Shape> fields;

    private Shape(Kind kind, List<String> constants, Shape element, Map<String, Shape> fields) {
        this.kind = kind;
        this.constants = constants;
        this.element = element;
        this.fields = fields;
    }

    private static Shape of(Kind kind) {
        return new Shape(kind, List.of(), null, Map.of());
    }

    /** The shape of a Java type; nesting deeper than three levels is left open. */
    static Shape of(Type type) {
        return of(type, 0);
    }

    private static Shape of(Type type, int depth) {
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0], depth);
        }
        if (type instanceof GenericArrayType a) {
            return new Shape(Kind.LIST, List.of(), of(a.getGenericComponentType(), depth + 1), Map.of());
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return new Shape(Kind.LIST, List.of(), of(p.getActualTypeArguments()[0], depth + 1), Map.of());
            }
            return of(raw, depth);
        }
        if (!(type instanceof Class<?> c)) {
            return ANY;
        }
        if (c == String.class || c == CharSequence.class || c == char.class || c == Character.class) {
            return of(Kind.TEXT);
        }
        if (c == int.class || c == long.class || c == short.class || c == byte.class || c == Integer.class || c == Long.class
                || c == Short.class || c == Byte.class || c == BigInteger.class) {
            return of(Kind.WHOLE);
        }
        if (c == double.class || c == float.class || c == Double.class || c == Float.class || c == BigDecimal.class) {
            return of(Kind.DECIMAL);
        }
        if (c == boolean.class || c == Boolean.class) {
            return of(Kind.BOOL);
        }
        if (c.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return new Shape(Kind.ENUM, Collections.unmodifiableList(names), null, Map.of());
        }
        if (c == LocalDate.class) {
            return of(Kind.DATE);
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class || c == LocalDateTime.class) {
            return of(Kind.INSTANT);
        }
        if (c.isArray()) {
            return new Shape(Kind.LIST, List.of(), of(c.getComponentType(), depth + 1), Map.of());
        }
        if (c.isRecord() && depth < 3) {
            Map<String, Shape> fields = new LinkedHashMap<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                fields.put(rc.getName(), of(rc.getGenericType(), depth + 1));
            }
            return new Shape(Kind.OBJECT, List.of(), null, Collections.unmodifiableMap(fields));
        }
        return ANY;
    }

    boolean isScalar() {
        return kind != Kind.LIST && kind != Kind.OBJECT && kind != Kind.ANY;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case LIST -> "[" + element + "]";
            case OBJECT -> fields.toString();
            case ENUM -> "enum" + constants;
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
