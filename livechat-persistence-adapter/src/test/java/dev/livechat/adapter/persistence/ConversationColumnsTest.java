package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.testsupport.PgSchema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain JDBC load and update of a conversation row ({@link ConversationColumns}) against what
 * Hibernate reads and writes through the entity's mapping: every field, set to a value of its own,
 * must come back the same both ways, so a column added to the entity and not to the list, or two
 * columns bound the wrong way round, fails here.
 */
class ConversationColumnsTest {
    private static final Instant BASE = Instant.parse("2026-11-30T08:15:30.123456Z");

    @TempDir
    Path dir;

    private PgSchema schema;
    private Database db;

    @AfterEach
    void close() {
        if (db != null) db.close();
        if (schema != null) schema.close();
    }

    @Test
    void loadsAndUpdatesEveryColumnAsHibernateMapsItOnH2() throws Exception {
        db = Database.open(DatabaseSettings.h2File(dir), false);
        everyColumnSurvivesBothWays();
    }

    @Test
    @EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
    void loadsAndUpdatesEveryColumnAsHibernateMapsItOnPostgres() throws Exception {
        schema = new PgSchema();
        db = Database.open(DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()), false);
        everyColumnSurvivesBothWays();
    }

    private void everyColumnSurvivesBothWays() throws Exception {
        ConversationEntity written = filled(0);
        db.transaction(s -> {
            s.insert(written);
            s.insert(activityOf(written));
            return null;
        });
        ConversationEntity loaded = db.transaction(s -> ConversationColumns.load(db.unit(), "c1", false));
        assertSameFields(loaded, written);
        ConversationEntity nobody = db.transaction(s -> ConversationColumns.load(db.unit(), "nobody", false));
        assertThat(nobody).isNull();

        ConversationEntity changed = filled(1);
        changed.version = written.version; // the update moves it
        changed.logKey = written.logKey; // the conversation's number, never changed
        int updated = db.transaction(s -> ConversationColumns.update(db.unit(), loaded, changed));
        assertThat(updated).as("rows updated at the expected version").isEqualTo(1);
        ConversationEntity read = db.transaction(s -> throughHibernate(s, "c1"));
        changed.version = written.version + 1;
        assertSameFields(read, changed);
        ConversationEntity stale = filled(2);
        int staleUpdated = db.transaction(s -> ConversationColumns.update(db.unit(), loaded, stale));
        assertThat(staleUpdated).as("rows updated at a version that moved").isZero();

        ConversationEntity nulls = filled(1);
        nulls.version = changed.version;
        nulls.logKey = written.logKey;
        for (Field field : fields())
            if (!field.getType().isPrimitive() && !notNull(field.getName())) field.set(nulls, null);
        int cleared = db.transaction(s -> ConversationColumns.update(db.unit(), read, nulls));
        assertThat(cleared).as("rows updated with nulls").isEqualTo(1);
        nulls.version = changed.version + 1;
        ConversationEntity locked = db.transaction(s -> ConversationColumns.load(db.unit(), "c1", true));
        assertSameFields(locked, nulls);
    }

    /** The activity half of a conversation as Hibernate writes it: the fields copied by name. */
    private static ConversationActivityEntity activityOf(ConversationEntity row) {
        ConversationActivityEntity activity = new ConversationActivityEntity();
        activity.conversationId = row.id;
        copyActivityFields(row, activity);
        return activity;
    }

    /** The conversation as Hibernate reads its two rows: the activity's fields copied by name. */
    private static ConversationEntity throughHibernate(org.hibernate.StatelessSession s, String id) {
        ConversationEntity row = s.get(ConversationEntity.class, id);
        copyActivityFields(s.get(ConversationActivityEntity.class, id), row);
        return row;
    }

    /** Copies the fields {@link ConversationActivityEntity} declares (its id aside) between it and the row, by name. */
    private static void copyActivityFields(Object from, Object to) {
        try {
            for (Field field : ConversationActivityEntity.class.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("conversationId")) continue;
                Field source = from.getClass().getDeclaredField(field.getName());
                Field target = to.getClass().getDeclaredField(field.getName());
                source.setAccessible(true);
                target.setAccessible(true);
                target.set(to, source.get(from));
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Every field with a value of its own, different for each {@code round} (strings short enough for every column). */
    private static ConversationEntity filled(int round) throws IllegalAccessException {
        ConversationEntity e = new ConversationEntity();
        int i = 0;
        for (Field field : fields()) {
            i++;
            Class<?> type = field.getType();
            Object value;
            if (type == String.class) value = String.valueOf((char) ('a' + round)) + (char) ('A' + i % 26);
            else if (type == Instant.class) value = BASE.plusSeconds(i * 60L + round);
            else if (type == boolean.class) value = round % 2 == 0;
            else if (type == long.class || type == Long.class) value = 1000L * (round + 1) + i;
            else if (type == int.class || type == Integer.class) value = 100 * (round + 1) + i;
            else throw new AssertionError("a field of a type the test does not fill: " + field);
            field.set(e, value);
        }
        e.id = "c1";
        e.version = 1;
        return e;
    }

    private static boolean notNull(String field) {
        return List.of(
                        "id",
                        "channelId",
                        "visitorName",
                        "chatbotAnswers",
                        "expertise",
                        "tags",
                        "startedAt",
                        "statusSince",
                        "participants",
                        "assignmentRule",
                        "assignmentTrace",
                        "lastActivityAt",
                        "history",
                        "startedDay")
                .contains(field);
    }

    private static void assertSameFields(ConversationEntity actual, ConversationEntity expected)
            throws IllegalAccessException {
        assertThat(actual).isNotNull();
        for (Field field : fields())
            assertThat(field.get(actual)).as(field.getName()).isEqualTo(field.get(expected));
    }

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : ConversationEntity.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) continue;
            field.setAccessible(true);
            fields.add(field);
        }
        return fields;
    }
}
