package dev.parallax.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every type, field, argument, input field and enum value of our schema is described. */
@QuarkusTest
class SchemaDescriptionsTest {

    static final String INTROSPECTION = Documents.load("graphql/SchemaDescriptionsTest/SchemaDescriptions");

    static final List<String> BUILT_IN = List.of("Query", "Mutation", "Subscription", "String", "Boolean", "Int", "Float", "ID",
            "BigDecimal", "BigInteger", "Date", "DateTime", "Time", "Void");

    @Test
    @SuppressWarnings("unchecked")
    void everythingIsDescribed() {
        List<Map<String, Object>> types = GraphQl.post(INTROSPECTION).extract().jsonPath().getList("data.__schema.types");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__")) {
                continue;
            }
            if (!BUILT_IN.contains(name) && blank(type.get("description"))) {
                undescribed.add(name);
            }
            for (String part : List.of("fields", "inputFields", "enumValues")) {
                for (Map<String, Object> member : (List<Map<String, Object>>) orEmpty(type.get(part))) {
                    if (blank(member.get("description"))) {
                        undescribed.add(name + "." + member.get("name"));
                    }
                    for (Map<String, Object> arg : (List<Map<String, Object>>) orEmpty(member.get("args"))) {
                        if (blank(arg.get("description"))) {
                            undescribed.add(name + "." + member.get("name") + "(" + arg.get("name") + ")");
                        }
                    }
                }
            }
        }
        assertThat(undescribed).isEmpty();
    }

    private static boolean blank(Object description) {
        return description == null || description.toString().isBlank();
    }

    private static Object orEmpty(Object list) {
        return list == null ? List.of() : list;
    }
}
