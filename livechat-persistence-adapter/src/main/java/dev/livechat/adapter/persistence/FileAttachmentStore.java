package dev.livechat.adapter.persistence;

import dev.livechat.domain.attachment.AttachmentId;
import dev.livechat.domain.attachment.Erasure;
import dev.livechat.domain.port.out.AttachmentStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Attachments' bytes as files under one directory ({@code ./data/attachments} by default), one file
 * per attachment, named by its id alone (never by the name it was uploaded under), in 256
 * subdirectories by the id's first two characters. A file is written under a temporary name, forced
 * to the disk, then renamed into place: a reader never sees half a file, and a crash leaves a
 * temporary file, deleted at the next start, instead. Erasure rewrites the file the same way.
 */
public final class FileAttachmentStore implements AttachmentStore {
    /** Ids as the domain makes them (UUIDs); anything else has no file here and cannot name a path. */
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_-]{2,63}");

    private static final String PART = ".part";

    private final Path directory;

    public FileAttachmentStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
            deleteUnfinished();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + this.directory + " for attachments", e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void put(AttachmentId id, InputStream content) {
        write(id, content);
    }

    @Override
    public Optional<InputStream> open(AttachmentId id) {
        Path file = fileOf(id);
        if (file == null) return Optional.empty();
        try {
            return Optional.of(Files.newInputStream(file));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment " + id, e);
        }
    }

    @Override
    public void delete(AttachmentId id) {
        Path file = fileOf(id);
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete attachment " + id, e);
        }
    }

    @Override
    public void erase(AttachmentId id) {
        Path file = fileOf(id);
        if (file == null || !Files.exists(file)) return;
        write(id, new ByteArrayInputStream(Erasure.content()));
    }

    @Override
    public List<AttachmentId> storedBefore(Instant cutoff, int max) {
        record Stored(AttachmentId id, FileTime modified) {}
        List<Stored> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory, 2)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString();
                if (!FILE_ID.matcher(name).matches()) return;
                try {
                    FileTime modified = Files.getLastModifiedTime(file);
                    if (modified.toInstant().isBefore(cutoff)) found.add(new Stored(AttachmentId.of(name), modified));
                } catch (IOException goneMeanwhile) {
                    // deleted while listed: not stored any more
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        return found.stream()
                .sorted(Comparator.comparing(Stored::modified))
                .limit(max)
                .map(Stored::id)
                .toList();
    }

    /** All of the content, or nothing: the temporary file goes whatever failed, the content's own refusal included. */
    private void write(AttachmentId id, InputStream content) {
        Path file = fileOf(id);
        if (file == null) throw new IllegalArgumentException("attachment id " + id + " cannot name a file");
        Path part = file.resolveSibling("." + file.getFileName() + PART);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(
                            part,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.transferTo(out);
                out.flush();
                channel.force(true); // on the disk before the message naming it can commit
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException("cannot store attachment " + id, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /** The file of an id, inside the directory; null for an id that is no file name of ours. */
    private Path fileOf(AttachmentId id) {
        String value = id.value();
        if (!FILE_ID.matcher(value).matches()) return null;
        Path file = directory.resolve(value.substring(0, 2)).resolve(value).normalize();
        return file.startsWith(directory) ? file : null;
    }

    /** Temporary files of writes that a stopped process never finished. */
    private void deleteUnfinished() throws IOException {
        try (Stream<Path> files = Files.walk(directory, 2)) {
            files.filter(f -> f.getFileName().toString().endsWith(PART)).forEach(FileAttachmentStore::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is deleted at the next start
        }
    }
}
