package dev.livechat.domain.event;

/**
 * The keys of an event's {@code data}, as the API documents them (docs/rest-api.md, "Events") and
 * storage keeps them: named here once. Routing facts have typed accessors on {@link EventRecord}
 * ({@link EventRecord#operatorBroughtIn()}); these names are for what only counts or shows a value.
 */
public final class EventKeys {
    // the header, in every event
    public static final String CONVERSATION_ID = "conversationId";
    public static final String CHANNEL_ID = "channelId";
    public static final String SEQ = "seq";
    public static final String AT = "at";
    public static final String ACTOR = "actor";

    // the events' own facts
    public static final String VISITOR_NAME = "visitorName";
    public static final String LANGUAGE = "language";
    public static final String COUNTRY = "country";
    public static final String EXPERTISE = "expertise";
    public static final String OPERATOR_ID = "operatorId";
    public static final String OPERATOR_NAME = "operatorName";
    public static final String RULE = "rule";
    public static final String MESSAGE = "message";
    public static final String SIDE = "side";
    public static final String SEEN_SEQ = "seenSeq";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String CAUSE = "cause";
    public static final String FROM_OPERATOR_ID = "fromOperatorId";
    public static final String TO_OPERATOR_ID = "toOperatorId";
    public static final String TO_OPERATOR_NAME = "toOperatorName";
    public static final String FROM_LEFT = "fromLeft";
    public static final String OUTCOME = "outcome";
    public static final String IN_QUEUE = "inQueue";
    public static final String NOTE = "note";
    public static final String TAGS = "tags";
    public static final String REQUEST_ID = "requestId";
    public static final String STATE = "state";
    public static final String DETAIL = "detail";
    public static final String SCORE = "score";
    public static final String COMMENT = "comment";

    private EventKeys() {}
}
