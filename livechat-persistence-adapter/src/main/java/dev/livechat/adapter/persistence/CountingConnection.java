package dev.livechat.adapter.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Consumer;

/** A connection that tells of the statements prepared on it (their SQL): for the statement counts of tests. */
final class CountingConnection {
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    private CountingConnection() {}

    static Connection wrap(Connection connection, Consumer<String> statements) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (PREPARING.contains(method.getName()))
                        statements.accept(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
