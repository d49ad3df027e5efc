package ru.praktika.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema of the profile (for editors and other tools) says the same as {@link RegionProfile}: the
 * same keys at every level and the same enum values, and every shipped profile passes it.
 */
class RegionProfileSchemaTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void everyShippedProfilePassesTheSchema() throws IOException {
        Schema schema = schema();
        Resource[] profiles = new PathMatchingResourcePatternResolver().getResources("classpath*:regions/*.yml");
        assertThat(profiles).hasSizeGreaterThanOrEqualTo(2);
        for (Resource profile : profiles) {
            try (InputStream in = profile.getInputStream()) {
                List<Error> errors = schema.validate(YAML.readTree(in));
                assertThat(errors).as(profile.getFilename()).isEmpty();
            }
        }
    }

    @Test
    void theSchemaRefusesAnUnknownKey() throws IOException {
        JsonNode profile = YAML.readTree("region: { code: x, name: X, nameGenitive: X, capital: Y }");
        assertThat(schema().validate(profile)).extracting(Error::getMessage).anyMatch(m -> m.contains("capital"));
    }

    @Test
    void theSchemaHasTheKeysOfTheRecordAtEveryLevel() throws IOException {
        JsonNode root = schemaNode();
        assertSameKeys(root, RegionProfile.class, root);
    }

    private static void assertSameKeys(JsonNode node, Class<?> type, JsonNode root) {
        JsonNode object = resolve(node, root);
        Set<String> schemaKeys = new TreeSet<>(StreamSupport.stream(object.get("properties").propertyNames().spliterator(), false).toList());
        Set<String> recordKeys = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(schemaKeys).as("keys of %s", type.getSimpleName()).isEqualTo(recordKeys);
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode property = resolve(object.get("properties").get(component.getName()), root);
            Type generic = component.getGenericType();
            Class<?> element = generic instanceof ParameterizedType list
                    ? (Class<?>) list.getActualTypeArguments()[0] : component.getType();
            JsonNode elementSchema = generic instanceof ParameterizedType ? resolve(property.get("items"), root) : property;
            if (element.isRecord()) {
                assertSameKeys(elementSchema, element, root);
            } else if (element.isEnum()) {
                Set<String> values = new TreeSet<>(StreamSupport.stream(elementSchema.get("enum").spliterator(), false)
                        .map(JsonNode::asString).toList());
                Set<String> constants = Arrays.stream(element.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(values).as("values of %s", component.getName()).isEqualTo(constants);
            }
        }
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        if (node.has("$ref")) {
            String name = node.get("$ref").asString().substring("#/$defs/".length());
            return root.get("$defs").get(name);
        }
        return node;
    }

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode());
    }

    private static JsonNode schemaNode() throws IOException {
        try (InputStream in = RegionProfileSchemaTest.class.getResourceAsStream("/regions/region-profile.schema.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
