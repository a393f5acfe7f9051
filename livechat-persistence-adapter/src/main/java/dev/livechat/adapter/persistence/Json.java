package dev.livechat.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text for the columns that hold small collections and event data. Integers read back as
 * {@code Long}, as the domain puts them in event data, so a stored event equals the one saved.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    /**
     * A reader per element type, made once: building the list's type on every read was 1 % of the CPU
     * samples of message posts spread over conversations (each loads its conversation's JSON columns).
     */
    private static final ClassValue<ObjectReader> LIST_READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> element) {
            return MAPPER.readerFor(MAPPER.getTypeFactory().constructCollectionType(List.class, element));
        }
    };

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> List<T> list(String json, Class<T> element) {
        try {
            return LIST_READERS.get(element).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a list of " + element.getSimpleName(), e);
        }
    }

    static Map<String, Object> map(String json) {
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not an object", e);
        }
    }
}
