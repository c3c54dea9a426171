package org.decompress.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads answers exactly as sent: a pain level of 3.7 or "4", a yes given as "true", or an empty
 * string for a choice, or a field given twice, is an error that names the field, never a silently
 * guessed value.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * The project's own data files (the catalog, the questionnaire, the figures' poses, the scenario
     * cases): a field nobody knows or a key given twice is an error, where a lenient reader would
     * silently drop a misspelt trait; a field left out takes its default.
     */
    public static ObjectMapper forDataFiles() {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Answers read exactly as the API reads them, outside the service's own mapper (which Quarkus
     * builds with {@link #customize}): FHIR's answers, the scenario kit, the rule book's tools.
     */
    public static ObjectMapper mapper() {
        ObjectMapper mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // Otherwise 3 in a list of equipment silently becomes the fourth item of the enum.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : LogicalType.values()) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual || type == LogicalType.Enum
                            ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
    }
}
