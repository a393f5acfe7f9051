package dev.livechat.domain.operator;

/** An operator's availability. ONLINE and BUSY operators can be assigned; AWAY and OFFLINE cannot. */
public enum Presence {
    ONLINE,
    BUSY,
    AWAY,
    OFFLINE;

    public boolean assignable() {
        return this == ONLINE || this == BUSY;
    }
}
