package com.seventargets.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Looks at listening sockets from outside the server. */
final class PortProbe {

    private PortProbe() {
    }

    static boolean isListening(int port) {
        return canConnect(InetAddress.getLoopbackAddress(), port);
    }

    static boolean canConnect(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The local address of the socket listening on {@code port} as Linux' /proc/net/tcp or tcp6
     * shows it (e.g. {@code 0100007F} for 127.0.0.1, {@code 0000000000000000FFFF00000100007F} for
     * ::ffff:127.0.0.1, all zeros for all interfaces); empty when not listening, or not on Linux.
     */
    static Optional<String> linuxListenAddress(int port) throws IOException {
        if (!Files.isReadable(Path.of("/proc/net/tcp"))) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (Files.isReadable(path)) {
                List<String> rows = Files.readAllLines(path);
                lines.addAll(rows.subList(1, rows.size()));
            }
        }
        String portHex = String.format(Locale.ROOT, "%04X", port);
        return lines.stream()
                .map(String::trim)
                .map(line -> line.split("\\s+"))
                .filter(columns -> columns[1].endsWith(":" + portHex) && columns[3].equals("0A"))
                .map(columns -> columns[1].substring(0, columns[1].indexOf(':')))
                .findFirst();
    }
}
