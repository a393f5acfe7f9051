package dev.livechat.adapter.mail;

import static dev.livechat.domain.common.HtmlText.escape;

/**
 * The text/html part. Every name and body goes through {@link #escape}: a message of
 * {@code <script>} shows as text. Inline styles only, as mail clients drop style sheets.
 */
final class HtmlTranscript {
    private HtmlTranscript() {}

    static String render(TranscriptView view) {
        var out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(view.title()))
                .append("</title>\n</head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n");
        out.append("<h1 style=\"font-size:18px\">").append(escape(view.title())).append("</h1>\n");
        out.append("<p>Visitor: ").append(escape(view.visitorName())).append("<br>\n");
        out.append("Date: ").append(escape(view.dateLine()));
        view.ratingLine().ifPresent(rating -> out.append("<br>\nRating: ").append(lines(rating)));
        out.append("</p>\n");
        for (TranscriptView.Entry entry : view.entries()) {
            entry.newDay()
                    .ifPresent(day -> out.append("<h2 style=\"font-size:15px\">")
                            .append(escape(day))
                            .append("</h2>\n"));
            out.append("<p style=\"margin:8px 0\"><span style=\"color:#666666\">")
                    .append(escape(entry.time()))
                    .append("</span> ");
            if (entry.author().isPresent())
                out.append("<strong>")
                        .append(escape(entry.author().get()))
                        .append("</strong><br>\n")
                        .append(lines(entry.body()));
            else out.append("<em>").append(lines(entry.body())).append("</em>");
            out.append("</p>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String lines(String text) {
        return escape(text).replace("\n", "<br>\n");
    }
}
