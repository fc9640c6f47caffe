package org.karabakhkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Writing responses: always UTF-8, always a length. */
final class Responses {
    private Responses() {}

    static void text(HttpServletResponse resp, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentType(type + "; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    static void notFound(HttpServletResponse resp, String path) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        text(resp, "text/plain", "404 Not Found: " + path + "\n");
    }
}
