package dev.parallax.http;

import dev.parallax.export.ExportDocument;
import dev.parallax.export.ExportFormat;
import dev.parallax.guard.QueryCost;
import dev.parallax.limit.ClientBudgets;
import dev.parallax.limit.LimitsConfig;
import io.smallrye.graphql.api.ErrorCode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Plain HTTP downloads of a comparison, {@code GET /exports/agreements/{id}/comparison.csv} (and {@code .json},
 * {@code .claimreview.jsonld}, {@code .annotations.jsonld}), with the query parameters {@code sourceIds},
 * {@code facetKeys} (repeated or comma-separated) and {@code includeSuggested}. The same client budget and concurrency
 * gate as {@code /graphql} ({@link ClientGate}), charged what {@code comparisonExport} costs; errors are JSON with a
 * code, as the API's.
 */
@ApplicationScoped
public class ExportRoutes {

    private static final Logger LOG = Logger.getLogger(ExportRoutes.class);

    static final String PATH = "/exports/agreements/:agreementId/:file";
    private static final Map<String, Integer> STATUS_BY_CODE = Map.of("NOT_FOUND", 404, "BAD_USER_INPUT", 400,
            "TIMEOUT", 503, "UNAVAILABLE", 503);

    private final ClientBudgets budgets;
    private final LimitsConfig limits;
    private final ExportDownloads downloads;

    public ExportRoutes(ClientBudgets budgets, LimitsConfig limits, ExportDownloads downloads) {
        this.budgets = budgets;
        this.limits = limits;
        this.downloads = downloads;
    }

    void install(@Observes Router router) {
        router.route(PATH).handler(ExportRoutes::onlyGet)
                .handler(new ClientGate(budgets, limits))
                .handler(this::download);
    }

    private static void onlyGet(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            ctx.next();
        } else {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD");
            GraphQlHttpHandler.send(ctx, MediaTypes.JSON, 405, ErrorCodes.single("METHOD_NOT_ALLOWED",
                    "Exports are downloaded with GET."));
        }
    }

    private void download(RoutingContext ctx) {
        ExportFormat format = ExportFormat.byFileSuffix(ctx.pathParam("file"));
        if (format == null) {
            fail(ctx, 400, "BAD_REQUEST", "Unknown export file: ask for one of " + Arrays.stream(ExportFormat.values())
                    .map(ExportFormat::fileSuffix).collect(Collectors.joining(", ")) + ".");
            return;
        }
        Boolean includeSuggested = flag(ctx.queryParam("includeSuggested"));
        if (includeSuggested == null) {
            fail(ctx, 400, "BAD_REQUEST", "includeSuggested is true or false.");
            return;
        }
        List<String> sourceIds = list(ctx.queryParam("sourceIds"));
        List<String> facetKeys = list(ctx.queryParam("facetKeys"));
        int points = QueryCost.export(size(facetKeys), size(sourceIds), limits.costModel());
        if (!ClientGate.charge(ctx, MediaTypes.JSON, points, 400)) {
            return;
        }
        downloads.export(ctx.pathParam("agreementId"), sourceIds, facetKeys, includeSuggested, format)
                .subscribe().with(document -> send(ctx, document), failure -> failed(ctx, failure));
    }

    private static void send(RoutingContext ctx, ExportDocument document) {
        byte[] bytes = document.content().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > ClientGate.responseCap(ctx)) {
            fail(ctx, 400, "RESPONSE_TOO_LARGE", "The file would be " + bytes.length / 1024 + " KB, more than the "
                    + ClientGate.responseCap(ctx) / 1024 + " KB allowed: ask for fewer sources or facets.");
            return;
        }
        ClientGate.release(ctx);
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response().setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, document.mediaType())
                .putHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Buffer.buffer(bytes));
    }

    private static void failed(RoutingContext ctx, Throwable failure) {
        ErrorCode code = failure.getClass().getAnnotation(ErrorCode.class);
        Integer status = code == null ? null : STATUS_BY_CODE.get(code.value());
        if (status == null) {
            LOG.error("Export failed", failure);
            fail(ctx, 500, "INTERNAL_SERVER_ERROR", "Internal error");
        } else {
            fail(ctx, status, code.value(), failure.getMessage());
        }
    }

    private static void fail(RoutingContext ctx, int status, String code, String message) {
        GraphQlHttpHandler.send(ctx, MediaTypes.JSON, status, ErrorCodes.single(code, message));
    }

    /** Repeated parameters and comma-separated values alike; null when absent (all). */
    private static List<String> list(List<String> values) {
        List<String> items = values.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
        return items.isEmpty() ? null : items;
    }

    private static OptionalInt size(List<String> items) {
        return items == null ? OptionalInt.empty() : OptionalInt.of(items.size());
    }

    private static Boolean flag(List<String> values) {
        if (values.isEmpty()) {
            return false;
        }
        return switch (values.get(values.size() - 1)) {
            case "true" -> true;
            case "false" -> false;
            default -> null;
        };
    }
}
