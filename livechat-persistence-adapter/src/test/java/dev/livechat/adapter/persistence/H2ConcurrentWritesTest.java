package dev.livechat.adapter.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2ConcurrentWritesTest extends ConcurrentWritesContract {
    @TempDir
    Path dir;

    @Override
    JpaStorage open() {
        return JpaStorage.open(DatabaseSettings.h2File(dir));
    }
}
