package org.jessserver.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Repairs what Payara Micro 6's generator gets wrong in /openapi (registered as mp.openapi.filter): JAX-RS regular
 * expressions left in path templates ({path: .+}), the Content-Type header that resources read shown as a
 * parameter, every unset @Schema attribute written as a constraint (maxProperties: 0 would forbid any property),
 * a nullable $ref (ignored beside $ref in OpenAPI 3.0), a body on a GET, tags listed twice, Java longs as "number", byte[] parts
 * as objects, and JSON examples and whole-number examples as strings.
 */
public class OpenApiPaths implements OASFilter {

    /** The bare tree of an upload-area folder, or the envelope of a refusal. */
    static final String TREE_OR_REFUSAL = "FileTreeOrRefusal";

    /**
     * Content-Type is the body's media type, not a parameter a client chooses; Authorization is described by the
     * security schemes.
     */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        boolean header = parameter.getIn() == Parameter.In.HEADER;
        boolean implied = "Content-Type".equalsIgnoreCase(parameter.getName())
                || "Authorization".equalsIgnoreCase(parameter.getName());
        return header && implied ? null : parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            Map<String, PathItem> items = new LinkedHashMap<>(openAPI.getPaths().getPathItems());
            items.forEach((path, item) -> {
                openAPI.getPaths().removePathItem(path);
                openAPI.getPaths().addPathItem(template(path), item);
                item.getOperations().forEach((method, op) -> {
                    if (method == PathItem.HttpMethod.GET) {
                        // a GET body has no defined meaning in OpenAPI 3.0 and clients drop it: the job list's GET
                        // filter body is described on its POST, and named in the GET's description
                        op.setRequestBody(null);
                    }
                    cleanOperation(op);
                    refusals(method, op);
                });
            });
        }
        if (openAPI.getComponents() != null) {
            if (openAPI.getComponents().getSchemas() != null) {
                openAPI.getComponents().getSchemas().values().forEach(OpenApiPaths::clean);
                openAPI.getComponents().getSchemas().values().forEach(OpenApiPaths::nullableData);
                // Payara resolves @Schema(oneOf = classes) to the wrong classes: this one is written here
                openAPI.getComponents().addSchema(TREE_OR_REFUSAL, OASFactory.createSchema()
                        .addOneOf(OASFactory.createSchema().ref("FileTree"))
                        .addOneOf(OASFactory.createSchema().ref("Refusal")));
            }
            if (openAPI.getComponents().getResponses() != null) {
                openAPI.getComponents().getResponses().values().forEach(r -> cleanContent(r.getContent()));
            }
        }
        binaryParts(openAPI);
        if (openAPI.getTags() != null) {
            openAPI.setTags(distinct(openAPI.getTags()));
        }
    }

    /**
     * The refusals of the container and the security layer, on every call they apply to: 401 and 403 (no role) on
     * a secured call, 403 (a cross-site request from a browser) on every call that changes state. Payara ignores
     * {@code @APIResponse} on a resource class, so they are added here once.
     */
    private static void refusals(PathItem.HttpMethod method, Operation op) {
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (op.getResponses() == null) {
            return;
        }
        if (secured && op.getResponses().getAPIResponse(ApiDocs.UNAUTHORIZED) == null) {
            op.getResponses().addAPIResponse(ApiDocs.UNAUTHORIZED,
                    OASFactory.createAPIResponse().ref(ApiDocs.REF_UNAUTHORIZED));
        }
        if ((secured || method != PathItem.HttpMethod.GET) && op.getResponses().getAPIResponse(ApiDocs.FORBIDDEN) == null) {
            op.getResponses().addAPIResponse(ApiDocs.FORBIDDEN, OASFactory.createAPIResponse().ref(ApiDocs.REF_FORBIDDEN));
        }
    }

    /** Every refusal in JESS's envelope has "data":null, whatever data holds otherwise (but the number of a submission). */
    private static void nullableData(Schema s) {
        Map<String, Schema> properties = s.getProperties();
        if (properties == null || !properties.containsKey("ok") || !properties.containsKey("data")) {
            return;
        }
        Schema data = properties.get("data");
        if (data.getType() == Schema.SchemaType.INTEGER) {
            return;
        }
        data.setNullable(true);
        clean(data);
    }

    /** "/a/{id}/{path: .+}" becomes "/a/{id}/{path}". */
    static String template(String path) {
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static void cleanOperation(Operation op) {
        if (op.getRequestBody() != null) {
            cleanContent(op.getRequestBody().getContent());
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> {
                cleanContent(r.getContent());
                if (r.getHeaders() != null) {
                    r.getHeaders().values().forEach(h -> clean(h.getSchema()));
                }
            });
        }
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> {
                clean(p.getSchema());
                // an annotated path parameter comes out required: false, which OpenAPI forbids
                if (p.getIn() == Parameter.In.PATH) {
                    p.setRequired(true);
                }
            });
        }
    }

    private static void cleanContent(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> {
                clean(m.getSchema());
                if (m.getExamples() != null) {
                    m.getExamples().values().forEach(OpenApiPaths::parseExample);
                }
            });
        }
    }

    /** Payara writes an example's JSON text as a string; the document shows it as the JSON value it is. */
    private static void parseExample(Example example) {
        if (example.getValue() instanceof String text && (text.startsWith("{") || text.startsWith("["))) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                example.setValue(plain(reader.readValue()));
            }
        }
    }

    /** A JSON value as maps, lists, strings, numbers, booleans and null, which any writer can write. */
    private static Object plain(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                v.asJsonObject().forEach((k, x) -> map.put(k, plain(x)));
                yield map;
            }
            case ARRAY -> v.asJsonArray().stream().map(OpenApiPaths::plain).toList();
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).isIntegral() ? (Object) ((JsonNumber) v).longValue()
                    : ((JsonNumber) v).bigDecimalValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
        };
    }

    /** Drops the attributes Payara copies from unset annotation members; they are all defaults or wrong. */
    static void clean(Schema s) {
        if (s == null) {
            return;
        }
        if (Integer.valueOf(0).equals(s.getMaxProperties())) {
            s.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(s.getMinProperties())) {
            s.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(s.getMinLength())) {
            s.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(s.getMinItems())) {
            s.setMinItems(null);
        }
        if (Boolean.FALSE.equals(s.getExclusiveMaximum())) {
            s.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(s.getExclusiveMinimum())) {
            s.setExclusiveMinimum(null);
        }
        for (var flag : List.of(Flag.values())) {
            flag.clear(s);
        }
        // the API sends no fractions: every number is an id, a count, bytes or epoch milliseconds
        if (s.getType() == Schema.SchemaType.NUMBER && (s.getFormat() == null || s.getFormat().startsWith("int"))) {
            s.setType(Schema.SchemaType.INTEGER);
            s.setFormat(s.getFormat() == null ? "int64" : s.getFormat());
        }
        // an annotation's example is text: a whole number's example is shown as the number it is
        if (s.getType() == Schema.SchemaType.INTEGER && s.getExample() instanceof String text && text.matches("-?\\d{1,18}")) {
            s.setExample(Long.valueOf(text));
        }
        if (s.getRef() != null && Boolean.TRUE.equals(s.getNullable())) {
            Schema target = OASFactory.createSchema().ref(s.getRef());
            s.setRef(null);
            s.setType(null);
            s.setAllOf(new ArrayList<>(List.of(target)));
        }
        Stream.of(s.getAllOf(), s.getAnyOf(), s.getOneOf()).filter(Objects::nonNull).flatMap(List::stream)
                .forEach(OpenApiPaths::clean);
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(OpenApiPaths::clean);
        }
        clean(s.getItems());
        clean(s.getNot());
    }

    /** Boolean attributes whose false is the default. */
    private enum Flag {
        UNIQUE_ITEMS, NULLABLE, READ_ONLY, WRITE_ONLY, DEPRECATED;

        void clear(Schema s) {
            switch (this) {
                case UNIQUE_ITEMS -> s.setUniqueItems(Boolean.FALSE.equals(s.getUniqueItems()) ? null : s.getUniqueItems());
                case NULLABLE -> s.setNullable(Boolean.FALSE.equals(s.getNullable()) ? null : s.getNullable());
                case READ_ONLY -> s.setReadOnly(Boolean.FALSE.equals(s.getReadOnly()) ? null : s.getReadOnly());
                case WRITE_ONLY -> s.setWriteOnly(Boolean.FALSE.equals(s.getWriteOnly()) ? null : s.getWriteOnly());
                case DEPRECATED -> s.setDeprecated(Boolean.FALSE.equals(s.getDeprecated()) ? null : s.getDeprecated());
            }
        }
    }

    /** The file parts of the multipart bodies are bytes; Payara describes byte[] as an object. */
    private static void binaryParts(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (String name : List.of("JobSubmission", "FilesUpload")) {
            Schema s = openAPI.getComponents().getSchemas().get(name);
            if (s != null && s.getProperties() != null && s.getProperties().get("file") != null) {
                s.getProperties().get("file").setItems(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
            }
        }
    }

    /** One entry per tag name, the one with a description. */
    private static List<Tag> distinct(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag t : tags) {
            byName.merge(t.getName(), t, (a, b) -> a.getDescription() != null ? a : b);
        }
        return new ArrayList<>(byName.values());
    }
}
