package dev.livechat.adapter.mail;

/** The text/plain part: one line per message, continuation lines indented. */
final class PlainTextTranscript {
    private static final String NL = "\r\n";

    private PlainTextTranscript() {}

    static String render(TranscriptView view) {
        var out = new StringBuilder();
        out.append(view.title()).append(NL).append(NL);
        out.append("Visitor: ").append(view.visitorName()).append(NL);
        out.append("Date: ").append(view.dateLine()).append(NL);
        view.ratingLine()
                .ifPresent(rating -> out.append("Rating: ")
                        .append(rating.replace("\n", NL + "    "))
                        .append(NL));
        for (TranscriptView.Entry entry : view.entries()) {
            out.append(NL);
            entry.newDay()
                    .ifPresent(day -> out.append("-- ")
                            .append(day)
                            .append(" --")
                            .append(NL)
                            .append(NL));
            out.append('[').append(entry.time()).append("] ");
            out.append(entry.author().map(name -> name + ": ").orElse("* "));
            out.append(entry.body().replace("\n", NL + "    ")).append(NL);
        }
        return out.toString();
    }
}
