package dev.livechat.domain.port.out;

import java.util.Objects;

/**
 * The storage ports as a set of narrow adapters, one per concern, so that each can be replaced
 * alone: the persistence adapter's {@code JpaStorage} and the in-memory fixtures each hand out a
 * whole set, and {@code LiveChat.builder().storage(set)} takes it; a setter afterwards replaces one
 * part ({@code .contacts(yourCrm)}, {@code .conversations(…)}).
 *
 * @param transactions how use cases run as units of work: the database's, or {@link TransactionPort#NONE}
 */
public record Storage(
        Conversations conversations,
        Operators operators,
        Catalogue catalogue,
        ContactStore contacts,
        TicketStore tickets,
        TranscriptRequestsPort transcripts,
        ReportPort reports,
        TransactionPort transactions) {

    public Storage {
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(operators, "operators");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(transcripts, "transcripts");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * The conversation store (the aggregate's state and its message log) and the read models over
     * the same data (lists, the help queue, the event stream). A store kept elsewhere brings its
     * queries along; one that only wraps the store replaces it with {@link #withStore}.
     */
    public record Conversations(
            LoadConversationPort load,
            SaveConversationPort save,
            ReadMessagesPort messages,
            QueryConversationsPort queries,
            ReadEventsPort events) {

        public Conversations {
            Objects.requireNonNull(load, "load");
            Objects.requireNonNull(save, "save");
            Objects.requireNonNull(messages, "messages");
            Objects.requireNonNull(queries, "queries");
            Objects.requireNonNull(events, "events");
        }

        public static <
                        S extends LoadConversationPort & SaveConversationPort & ReadMessagesPort,
                        Q extends QueryConversationsPort & ReadEventsPort>
                Conversations of(S store, Q queries) {
            return new Conversations(store, store, store, queries, queries);
        }

        /** The same read models over another store (one that wraps this one, say). */
        public <S extends LoadConversationPort & SaveConversationPort & ReadMessagesPort> Conversations withStore(
                S store) {
            return new Conversations(store, store, store, queries, events);
        }
    }

    /** Users, their credentials and the assignment candidates among them. */
    public record Operators(OperatorsPort operators, CredentialsPort credentials, FindCandidatesPort candidates) {
        public Operators {
            Objects.requireNonNull(operators, "operators");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(candidates, "candidates");
        }

        public static <O extends OperatorsPort & CredentialsPort & FindCandidatesPort> Operators of(O store) {
            return new Operators(store, store, store);
        }
    }

    /** What operators pick from: channels, tags, expertise and canned responses. */
    public record Catalogue(
            ChannelsPort channels, TagsPort tags, ExpertisePort expertise, CannedResponsesPort cannedResponses) {
        public Catalogue {
            Objects.requireNonNull(channels, "channels");
            Objects.requireNonNull(tags, "tags");
            Objects.requireNonNull(expertise, "expertise");
            Objects.requireNonNull(cannedResponses, "cannedResponses");
        }

        /** A catalogue that keeps no canned responses ({@link CannedResponsesPort#NONE}). */
        public Catalogue(ChannelsPort channels, TagsPort tags, ExpertisePort expertise) {
            this(channels, tags, expertise, CannedResponsesPort.NONE);
        }

        public static <K extends ChannelsPort & TagsPort & ExpertisePort> Catalogue of(K store) {
            return new Catalogue(store, store, store);
        }

        public static <K extends ChannelsPort & TagsPort & ExpertisePort> Catalogue of(
                K store, CannedResponsesPort cannedResponses) {
            return new Catalogue(store, store, store, cannedResponses);
        }
    }
}
