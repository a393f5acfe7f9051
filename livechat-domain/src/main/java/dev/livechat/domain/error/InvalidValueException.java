package dev.livechat.domain.error;

/** A value failed validation; {@link #field()} names the input that was wrong. */
public final class InvalidValueException extends LiveChatException {
    private final String field;

    public InvalidValueException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
