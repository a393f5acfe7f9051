package dev.livechat.adapter.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The export and retention on an embedded H2 file database, emptied before each test. */
class H2ExportAndRetentionTest extends ExportAndRetentionContract {
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
    protected JpaStorage storage() {
        return storage;
    }

    @Override
    protected DatabaseSettings settings() {
        return settings;
    }

    @Override
    protected void empty() {
        Tables.wipe(settings);
    }
}
