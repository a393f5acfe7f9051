package dev.livechat.adapter.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Attachments on an embedded H2 file database, emptied before each test. */
class AttachmentStorageH2Test extends AttachmentStorageContract {
    @TempDir
    static Path dir;

    static DatabaseSettings settings;
    static JpaStorage storage;

    @BeforeAll
    static void open() {
        settings = DatabaseSettings.h2File(dir);
        storage = JpaStorage.open(settings);
    }

    @AfterAll
    static void close() {
        storage.close();
    }

    @Override
    protected JpaStorage emptyStorage() {
        Tables.wipe(settings);
        return storage;
    }
}
