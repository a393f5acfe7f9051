package dev.livechat.application;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What can be checked in milliseconds before the database is opened (a new one takes seconds to
 * migrate): the address to listen on and the directories to write. Each failure names the variable.
 */
final class StartChecks {
    private StartChecks() {}

    static void verify(Config config) {
        listenable(config.host(), config.port());
        // the embedded database's files; with LIVECHAT_DB_URL the directory may stay unused
        if (config.dbUrl().isEmpty()) writable("LIVECHAT_DATA_DIR", config.dataDir());
        // without SMTP the transcripts are written here: a wrong directory must fail now, not at delivery
        if (!config.mail().usesSmtp())
            writable("LIVECHAT_OUTBOX_DIR", config.mail().outboxDir());
        writable("LIVECHAT_ATTACHMENTS_DIR", config.attachments().directory());
    }

    /** Binds host:port for a moment: the server binds the same a few seconds later. */
    static void listenable(String host, int port) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ConfigException("LIVECHAT_HOST", "cannot resolve '" + host + "' to an address");
        }
        if (!local(address))
            throw new ConfigException(
                    "LIVECHAT_HOST",
                    "'" + host + "' (" + address.getHostAddress()
                            + ") is not an address of this machine; use 127.0.0.1, 0.0.0.0 or one of its interfaces");
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as the server does: a socket in TIME_WAIT does not count as taken
            socket.bind(new InetSocketAddress(address, port));
        } catch (BindException e) {
            String why = String.valueOf(e.getMessage());
            throw new ConfigException(
                    "LIVECHAT_PORT",
                    why.contains("in use")
                            ? "port " + port + " on " + host
                                    + " is already in use; stop that process or choose another port"
                            : "cannot listen on " + host + ":" + port + " (" + why + ")");
        } catch (IOException e) {
            throw new ConfigException(
                    "LIVECHAT_HOST", "cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
        }
    }

    private static boolean local(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress()) return true;
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true; // cannot tell: let the bind decide
        }
    }

    /** Creates the directory and a probe file in it: permissions alone do not tell (root ignores them). */
    static void writable(String variable, Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".livechat-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new ConfigException(
                    variable, dir.toAbsolutePath() + " is not a writable directory (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) return "a file of that name is in the way";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
