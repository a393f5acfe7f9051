package dev.livechat.adapter.mail;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The person's mails in the {@code .eml} outbox folder: the transcripts of their conversations
 * (named {@code transcript-<conversation>-…}) and any mail to one of their addresses (a confirmation
 * link, a transcript of someone else's conversation sent to them). The export lists the files by
 * name; the erasure deletes them. Every file of the folder is read to find the addresses: an
 * erasure is rare, and the outbox is meant to be emptied by whoever collects it.
 */
public final class EmlOutboxPersonalData implements PersonalDataPort {
    private final Path outbox;

    public EmlOutboxPersonalData(Path outbox) {
        this.outbox = outbox;
    }

    /** The outbox of these settings (used with or without SMTP: files written before a switch stay). */
    public static EmlOutboxPersonalData of(MailSettings settings) {
        return new EmlOutboxPersonalData(settings.outboxDir());
    }

    @Override
    public String section() {
        return "mailFiles";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return files(person).stream()
                .map(f -> Map.<String, Object>of("file", f.getFileName().toString()))
                .toList();
    }

    @Override
    public int erase(Person person, Instant at) {
        int deleted = 0;
        for (Path file : files(person)) {
            try {
                if (Files.deleteIfExists(file)) deleted++;
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete " + file, e);
            }
        }
        return deleted;
    }

    private List<Path> files(Person person) {
        if (!Files.isDirectory(outbox)) return List.of();
        List<String> prefixes = person.conversations().stream()
                .map(ConversationId::value)
                .map(id -> "transcript-" + id + "-")
                .toList();
        List<String> addresses = person.emails().stream()
                .map(EmailAddress::value)
                .map(e -> e.toLowerCase(Locale.ROOT))
                .toList();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> all = Files.list(outbox)) {
            for (Path file : all.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                if (prefixes.stream().anyMatch(name::startsWith) || mentions(file, addresses)) found.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the outbox " + outbox, e);
        }
        return found;
    }

    private static boolean mentions(Path file, List<String> addresses) {
        if (addresses.isEmpty()) return false;
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            return addresses.stream().anyMatch(text::contains);
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
