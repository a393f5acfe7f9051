package dev.livechat.domain.operator;

/** Roles of internal users (docs/product-rules.md, "Permissions"). Visitors are not users. */
public enum Role {
    /** An internal user with no live chat access: nothing in live chat. */
    USER,
    /** An operator. */
    LIVECHAT_USER,
    /** An operator who also administers users, channels, tags, contacts, tickets and reports. */
    LIVECHAT_MANAGER;

    public boolean livechatAccess() {
        return this != USER;
    }
}
