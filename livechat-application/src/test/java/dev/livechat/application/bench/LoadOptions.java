package dev.livechat.application.bench;

import java.time.Duration;

/**
 * The load driver's settings, from its command line: {@code --users 20 --iterations 200
 * --operators 20 --messages 2 --warmup 10 --time-cap 600 [--postgres] [--pg-url URL] [--pg-user U]}.
 */
record LoadOptions(
        int users,
        int iterations,
        int operators,
        int messages,
        int warmup,
        Duration timeCap,
        boolean postgres,
        String pgUrl,
        String pgUser,
        String pgPassword) {

    static LoadOptions parse(String... args) {
        int users = 20;
        int iterations = 200;
        int operators = 20;
        int messages = 2;
        int warmup = 10;
        int timeCap = 600;
        boolean postgres = false;
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test";
        String pgUser = "postgres";
        String pgPassword = "";
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--postgres" -> postgres = true;
                case "--users" -> users = number(option, value(args, ++i), 1, 1_000);
                case "--iterations" -> iterations = number(option, value(args, ++i), 1, 100_000);
                case "--operators" -> operators = number(option, value(args, ++i), 1, 1_000);
                case "--messages" -> messages = number(option, value(args, ++i), 0, 100);
                case "--warmup" -> warmup = number(option, value(args, ++i), 0, 10_000);
                case "--time-cap" -> timeCap = number(option, value(args, ++i), 1, 3_600);
                case "--pg-url" -> pgUrl = value(args, ++i);
                case "--pg-user" -> pgUser = value(args, ++i);
                case "--pg-password" -> pgPassword = value(args, ++i);
                default ->
                    throw new IllegalArgumentException("unknown option " + option + "; known: --users N"
                            + " --iterations N --operators N --messages N --warmup N --time-cap SECONDS --postgres"
                            + " --pg-url URL --pg-user USER --pg-password PASSWORD");
            }
        }
        return new LoadOptions(
                users,
                iterations,
                operators,
                messages,
                warmup,
                Duration.ofSeconds(timeCap),
                postgres,
                pgUrl,
                pgUser,
                pgPassword);
    }

    String describe() {
        return users + " virtual users × " + iterations + " iterations (after " + warmup
                + " unrecorded warm-up iterations each), " + operators + " operators, " + messages
                + " visitor + " + messages + " operator messages per conversation, time cap " + timeCap.toSeconds()
                + " s, database " + (postgres ? "PostgreSQL (" + pgUrl + ")" : "H2 file");
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
        return args[i];
    }

    private static int number(String option, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                option + " expects a whole number from " + min + " to " + max + ", got '" + text + "'");
    }
}
