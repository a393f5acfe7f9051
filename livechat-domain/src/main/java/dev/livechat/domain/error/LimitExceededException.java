package dev.livechat.domain.error;

/** A caller went past a limit; {@link #rule()} names which, so a client can tell them apart. */
public final class LimitExceededException extends LiveChatException {
    private final String rule;

    public LimitExceededException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
