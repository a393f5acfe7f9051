package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.expertise.ExpertiseName;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue remembers which expertise names are stored, and only what a commit made true. */
class ExpertiseCatalogueTest {
    private static final Set<ExpertiseName> BILLING = Set.of(ExpertiseName.of("Billing"));

    @TempDir
    Path dir;

    private JpaStorage storage;

    @BeforeEach
    void open() {
        storage = JpaStorage.openWithStatistics(DatabaseSettings.h2File(dir));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void aNameReadBackIsNotAskedForAgain() {
        storage.catalogue().ensure(BILLING); // inserted: not remembered yet
        storage.catalogue().ensure(BILLING); // read back: remembered once committed
        long before = storage.database().preparedStatements();

        storage.catalogue().ensure(BILLING);

        assertThat(storage.database().preparedStatements() - before)
                .as("statements")
                .isZero();
        assertThat(storage.catalogue().allExpertise()).containsExactly(ExpertiseName.of("Billing"));
    }

    @Test
    void aNameSeenInAUnitThatRolledBackIsStoredByTheNextCall() {
        assertThatThrownBy(() -> storage.units().inTransaction(() -> {
                    storage.catalogue().ensure(BILLING); // inserts it
                    storage.catalogue().ensure(BILLING); // reads it back, in the same unit
                    throw new IllegalStateException("the use case fails");
                }))
                .hasMessage("the use case fails");
        assertThat(storage.catalogue().allExpertise()).as("after the rollback").isEmpty();

        storage.catalogue().ensure(BILLING);

        assertThat(storage.catalogue().allExpertise()).containsExactly(ExpertiseName.of("Billing"));
    }
}
