package dev.parallax.http;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The direct writer gives exactly the bytes SmallRye's JSON-P path gave, and leaves what it cannot match to it. */
class ResultJsonTest {

    private enum Verdict { MATCHES }

    private static Map<String, Object> context() {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(SmallRyeContextManager.CONTEXT, new SmallRyeContext(ResultJsonTest.class.getName()));
        return metaData;
    }

    private static byte[] general(ExecutionResult result) {
        return new ExecutionResponse(result).getExecutionResultAsJsonObject().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ExecutionResult data(Object data) {
        return ExecutionResultImpl.newExecutionResult().data(data).build();
    }

    @Test
    void writesEveryValueTypeAsTheJsonPPathDid() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("text", "quote \" backslash \\ slash / del \u007f " + controls + " 6 km ≈ 3.7 mi \u2028 😀 é");
        row.put("none", null);
        row.put("flags", List.of(true, false));
        row.put("ints", List.of(0, -7, Integer.MAX_VALUE, (short) 3, (byte) 2));
        row.put("long", Long.MIN_VALUE);
        row.put("doubles", List.of(0.1, 4.0, 1e20, 1e-7, -2.5, 123456789.123));
        row.put("floats", List.of(0.1f, 3.0f, 1e10f));
        row.put("big", List.of(new BigDecimal("1.50"), new BigDecimal("1E+3"), new BigInteger("123456789012345678901234567890")));
        row.put("verdict", Verdict.MATCHES);
        row.put("empty", List.of(Map.of(), new ArrayList<>()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("comparison", Map.of("rows", List.of(row, row)));
        data.put("second", "after");
        ExecutionResult result = data(data);

        byte[] direct = ResultJson.dataOnly(result, context());

        assertThat(direct).isNotNull();
        assertThat(new String(direct, StandardCharsets.UTF_8)).isEqualTo(new String(general(result), StandardCharsets.UTF_8));
        assertThat(direct).isEqualTo(general(result));
    }

    @Test
    void leavesErrorsExtensionsAndUnknownValuesToTheGeneralPath() {
        ExecutionResult withError = ExecutionResultImpl.newExecutionResult().data(Map.of("a", 1))
                .addError(GraphqlErrorBuilder.newError().message("no").build()).build();
        ExecutionResult withExtensions = ExecutionResultImpl.newExecutionResult().data(Map.of("a", 1))
                .extensions(Map.of("cost", 3)).build();
        ExecutionResult noData = ExecutionResultImpl.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError().message("no").build()).build();
        ExecutionResult unknownType = data(Map.of("when", java.time.LocalDate.of(2020, 3, 5)));
        ExecutionResult loneSurrogate = data(Map.of("text", "broken \ud800 text"));
        SmallRyeContext adding = new SmallRyeContext(ResultJsonTest.class.getName());
        adding.addExtension("note", "added");
        Map<String, Object> addingMetaData = new HashMap<>(Map.of(SmallRyeContextManager.CONTEXT, adding));

        assertThat(ResultJson.dataOnly(withError, context())).isNull();
        assertThat(ResultJson.dataOnly(withExtensions, context())).isNull();
        assertThat(ResultJson.dataOnly(noData, context())).isNull();
        assertThat(ResultJson.dataOnly(unknownType, context())).isNull();
        assertThat(ResultJson.dataOnly(loneSurrogate, context())).isNull();
        assertThat(ResultJson.dataOnly(data(Map.of("a", 1)), addingMetaData)).isNull();
        assertThat(ResultJson.dataOnly(data(Map.of("a", 1)), new HashMap<>())).as("no SmallRye context").isNull();
    }
}
