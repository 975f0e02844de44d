package org.contactrouter.channel.open311;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The specification's error list written straight to a response, for the filters that refuse an Open311 request
 * before any handler sees it (too large, too many): the same shape and format as every other Open311 error.
 */
public final class GeoReportErrors {

    private GeoReportErrors() {
    }

    public static boolean isOpen311(String path) {
        return path != null && path.startsWith("/open311/");
    }

    public static void write(HttpServletResponse response, String path, int status, String reason) throws IOException {
        response.setStatus(status);
        if (GeoReportFormat.ofPath(path) == GeoReportFormat.JSON) {
            response.setContentType("application/json");
            response.getWriter().write("[{\"code\":" + status + ",\"description\":\"" + jsonText(reason) + "\"}]");
        } else {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write(GeoReportXml.list("errors", "error", List.of(GeoReport.error(status, reason))));
        }
    }

    private static String jsonText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
