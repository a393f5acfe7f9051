package dev.livechat.domain.port.out;

import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One store's part of a person's data: what it holds of them, for an export, and how it erases it.
 * Each store of personal data brings one (conversations, messages, transcript requests, contacts,
 * the event log, the mail outbox; ratings, offline messages and attachments alike), and
 * {@code LiveChat.builder().personalData(…)} takes them all: a new store is one more class, no use
 * case changes.
 *
 * <p>Both calls run inside the request's unit of work; a store outside the database (files) acts
 * there too, so that an erasure that fails half-way is simply asked again.
 */
public interface PersonalDataPort {
    /**
     * The name of this store's part of the export document ({@code "messages"}); the part is left
     * out when empty. A store that holds only copies (the event log) may export nothing.
     */
    String section();

    /** The person's rows, as plain values (strings, numbers, booleans, lists, maps), oldest first. */
    List<Map<String, Object>> export(Person person);

    /**
     * Erases what this store holds of the person: text replaced by {@code "[erased]"} where a row
     * must stay for the statistics, the rest deleted. Answers how many rows (or files) changed; a
     * second erasure changes none.
     */
    int erase(Person person, Instant at);
}
