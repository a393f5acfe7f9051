package dev.livechat.domain.common;

/**
 * Text for an HTML page or mail: the five characters that could open markup or close an attribute
 * become entities. Here, in the domain, because two adapters that may not know each other (the
 * transcript mail and the confirmation page) both show visitors' and operators' words as HTML.
 */
public final class HtmlText {
    private HtmlText() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
