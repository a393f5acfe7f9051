package dev.livechat.adapter.persistence;

import dev.livechat.domain.fixtures.contract.StoragePortsContract;
import dev.livechat.domain.port.out.Storage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on an embedded H2 file database: one database for the class, emptied before each test. */
class JpaStorageH2ContractTest extends StoragePortsContract {
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
    protected Storage emptyStorage() {
        Tables.wipe(settings);
        return storage.ports();
    }
}
