package com.astroaxis.audit.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Before and after states as JSON text, keys sorted so that the same state is always the same text. */
@Component
class StateJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private final JsonMapper mapper;

    StateJson(JsonMapper jsonMapper) {
        this.mapper = jsonMapper.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    }

    String write(Map<String, Object> state) {
        return state == null ? null : mapper.writeValueAsString(state);
    }

    Map<String, Object> read(String json) {
        return json == null ? null : mapper.readValue(json, MAP);
    }
}
