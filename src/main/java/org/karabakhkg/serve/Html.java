package org.karabakhkg.serve;

/** Small helpers to write escaped, self-contained HTML: no script, no request to other hosts. */
final class Html {
    static final String CSS = """
        body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1b1b1b;line-height:1.45}
        header{background:#12355b;color:#fff;padding:.6rem 1.2rem}header a{color:#fff;margin-right:1rem;text-decoration:none}
        main{max-width:72rem;margin:0 auto;padding:1rem 1.2rem}h1{margin:.2rem 0 .1rem}.en{color:#555}
        .type{display:inline-block;background:#e8eef5;border-radius:.3rem;padding:0 .4rem;margin-right:.3rem;font-size:.85rem}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .4rem;text-align:left;vertical-align:top}
        blockquote{margin:.2rem 0 .2rem 1rem;padding-left:.6rem;border-left:3px solid #c8a400;color:#333;font-style:italic}
        mark{background:#fff1a8}mark a{color:inherit;text-decoration:none}.s{scroll-margin-top:2rem}.fn{font-size:.9rem;color:#333}
        .q{font-size:.75rem;vertical-align:super}code,pre{background:#f5f5f5;padding:.1rem .3rem}pre{padding:.6rem;overflow:auto}
        .facts td:first-child{width:14rem;color:#444}small{color:#666}
        """;

    private Html() {}

    static String esc(String s) {
        if (s == null)
            return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
            + "<title>" + esc(title) + " · karabakh-kg</title><style>" + CSS + "</style></head><body>"
            + "<header><a href=\"/browse\"><b>karabakh-kg</b></a><a href=\"/browse\">Index</a><a href=\"/browse/timeline\">Timeline</a>"
            + "<a href=\"/browse/graph\">Picture</a><a href=\"/browse/questions\">Questions</a><a href=\"/#/dataset/kg/query\">SPARQL</a></header>"
            + "<main>" + body + "</main></body></html>\n";
    }

    static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }
}
