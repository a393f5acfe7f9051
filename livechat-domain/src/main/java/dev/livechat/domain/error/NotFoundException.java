package dev.livechat.domain.error;

/** No such conversation, user, channel, tag … */
public final class NotFoundException extends LiveChatException {
    private final String kind;
    private final String id;

    public NotFoundException(String kind, Object id) {
        super("No " + kind + " with id " + id);
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
