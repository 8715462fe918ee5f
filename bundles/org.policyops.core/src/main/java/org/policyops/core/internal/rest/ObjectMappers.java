package org.policyops.core.internal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.policyops.api.LocaleTag;
import org.policyops.api.PolicyRef;
import org.policyops.api.RegionCode;
import org.policyops.api.SemanticVersion;

/** The JSON conventions of the API, in one place so that tests read and write JSON as the server does. */
public final class ObjectMappers {

    private ObjectMappers() {
    }

    public static ObjectMapper create() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // The API's value types, which records of other bundles' APIs carry (a rule's regions, a stat's
                // region), are written as the text they stand for: "EU", "pt-BR", "3.1.0", "hate-speech@3.1.0".
                .addModule(new SimpleModule("policyops-api-values")
                        .addSerializer(RegionCode.class, ToStringSerializer.instance)
                        .addSerializer(LocaleTag.class, ToStringSerializer.instance)
                        .addSerializer(SemanticVersion.class, ToStringSerializer.instance)
                        .addSerializer(PolicyRef.class, ToStringSerializer.instance))
                // After the JavaTimeModule, so that its range-checked date readers are the ones used.
                .addModule(StrictJson.module())
                // ISO-8601 text for dates and instants, never epoch numbers.
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // A misspelt field is an error the client should hear about, not silently dropped data.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 1.5 people is not 1 person: fractions sent for whole numbers are refused, not truncated.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
