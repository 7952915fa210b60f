package dev.parallax.testing;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonArray;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.Map;

/** A JSON-LD document loader that serves the contexts the exports name from test resources, never the network. */
public final class OfflineContexts implements DocumentLoader {

    private static final Map<String, String> RESOURCES = Map.of(
            "https://schema.org", "jsonld/schema-org.jsonld",
            "https://schema.org/", "jsonld/schema-org.jsonld",
            "http://www.w3.org/ns/anno.jsonld", "jsonld/anno.jsonld");

    /** The document expanded with Titanium, its contexts loaded offline. */
    public static JsonArray expand(String jsonLd) {
        try {
            return JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).loader(new OfflineContexts()).get();
        } catch (JsonLdError e) {
            throw new AssertionError("not valid JSON-LD: " + e.getMessage(), e);
        }
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String resource = RESOURCES.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no offline copy of " + url);
        }
        try (InputStream in = OfflineContexts.class.getClassLoader().getResourceAsStream(resource)) {
            Document document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (java.io.IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
        }
    }
}
