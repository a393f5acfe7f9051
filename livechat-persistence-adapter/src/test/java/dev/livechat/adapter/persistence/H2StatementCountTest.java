package dev.livechat.adapter.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2StatementCountTest extends StatementCountContract {
    @TempDir
    Path dir;

    @Override
    JpaStorage openWithStatistics() {
        return JpaStorage.openWithStatistics(DatabaseSettings.h2File(dir));
    }
}
