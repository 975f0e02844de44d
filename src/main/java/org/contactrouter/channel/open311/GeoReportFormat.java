package org.contactrouter.channel.open311;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The two formats of GeoReport v2, chosen by the URL's extension ({@code .xml}, the default, or {@code .json}). */
enum GeoReportFormat {
    XML(MediaType.TEXT_XML), JSON(MediaType.APPLICATION_JSON);

    private final MediaType mediaType;

    GeoReportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** The format an extension names; any other extension is not an Open311 address (404). */
    static GeoReportFormat of(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "xml" -> XML;
            case "json" -> JSON;
            default -> throw new Open311Refusal(404, "format '" + extension + "' is not offered: use .xml or .json");
        };
    }

    /** The format of a request path, for answering errors raised before a handler knew it: XML unless .json. */
    static GeoReportFormat ofPath(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : XML;
    }

    /** A list answer: a JSON array, or {@code <root><item>…</item></root>}. */
    ResponseEntity<Object> list(HttpStatus status, String root, String item, List<? extends Map<String, ?>> items) {
        return ResponseEntity.status(status).contentType(mediaType)
                .body(this == JSON ? items : GeoReportXml.list(root, item, items));
    }

    /** A single answer: a JSON object, or {@code <root>…</root>}. */
    ResponseEntity<Object> single(String root, Map<String, ?> fields) {
        return ResponseEntity.ok().contentType(mediaType).body(this == JSON ? fields : GeoReportXml.single(root, fields));
    }

    /** The specification's error list, in this format. */
    ResponseEntity<Object> errors(int status, List<String> reasons) {
        return list(HttpStatus.valueOf(status), "errors", "error",
                reasons.stream().map(reason -> GeoReport.error(status, reason)).toList());
    }
}
