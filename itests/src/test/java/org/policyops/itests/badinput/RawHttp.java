package org.policyops.itests.badinput;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client over a socket. It sends the request target, headers and body byte for byte as given, which
 * {@code java.net.http} and {@code java.net.URI} refuse to do for the malformed targets this suite is about ({@code %zz},
 * a backslash, {@code %u002e}). One connection per request ({@code Connection: close}).
 */
final class RawHttp {

    /** How long one answer may take before the request counts as never answered. */
    static final int READ_TIMEOUT_MILLIS = 30_000;
    /** Bodies larger than this are written from a second thread, so an early answer (413) can be read meanwhile. */
    private static final int WRITE_IN_BACKGROUND_ABOVE = 256 * 1024;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** One request: the target is sent exactly as given; headers in order; a null body sends none. */
    record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body, boolean chunked) {

        String line() {
            return method + " " + target;
        }
    }

    /** The answer, or a failure (status -1) when none came. Header names are lower case. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body, String failure) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer send(Request request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head(request));
            Thread writer = null;
            byte[] body = request.body() == null ? null : request.chunked() ? chunk(request.body()) : request.body();
            if (body != null && body.length > WRITE_IN_BACKGROUND_ABOVE) {
                writer = new Thread(() -> writeQuietly(out, body), "bad-input-body-writer");
                writer.setDaemon(true);
                writer.start();
            } else if (body != null) {
                writeQuietly(out, body);
            } else {
                out.flush();
            }
            try {
                return read(new BufferedInputStream(socket.getInputStream()), "HEAD".equals(request.method()));
            } finally {
                if (writer != null) {
                    // Closing the socket (on leaving this block) ends a writer the server stopped reading from.
                    writer.interrupt();
                }
            }
        } catch (SocketTimeoutException e) {
            return new Answer(-1, Map.of(), new byte[0], "no answer within " + READ_TIMEOUT_MILLIS / 1000 + " s");
        } catch (IOException e) {
            return new Answer(-1, Map.of(), new byte[0], "connection failed: " + e);
        }
    }

    private byte[] head(Request request) {
        StringBuilder head = new StringBuilder(256);
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        head.append("Host: localhost:").append(port).append("\r\n");
        for (Map.Entry<String, String> h : request.headers()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        head.append("Connection: close\r\n");
        if (request.body() != null) {
            head.append(request.chunked() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + request.body().length + "\r\n");
        }
        head.append("\r\n");
        // Header text is ISO-8859-1 on the wire; the suite passes only such characters.
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The body in 64 KiB chunks and the closing zero chunk. */
    private static byte[] chunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 1024);
        for (int from = 0; from < body.length; from += 65_536) {
            int n = Math.min(65_536, body.length - from);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, from, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A server may answer and close before it has read the whole body; the answer is what counts. */
    private static void writeQuietly(OutputStream out, byte[] body) {
        try {
            out.write(body);
            out.flush();
        } catch (IOException serverStoppedReading) {
            // the answer (if any) is read by the caller
        }
    }

    private static Answer read(InputStream in, boolean head) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return new Answer(-1, Map.of(), new byte[0], "connection closed without an answer");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int status = status(statusLine);
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
        if (status >= 100 && status < 200) {
            // An interim answer; the final one follows.
            return read(in, head);
        }
        if (head || status == 204 || status == 304) {
            return new Answer(status, headers, new byte[0], null);
        }
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        if (!encoding.isEmpty() && encoding.get(encoding.size() - 1).toLowerCase(Locale.ROOT).contains("chunked")) {
            return new Answer(status, headers, dechunk(in), null);
        }
        List<String> length = headers.get("content-length");
        if (length != null) {
            return new Answer(status, headers, in.readNBytes(Integer.parseInt(length.get(0).trim())), null);
        }
        return new Answer(status, headers, in.readAllBytes(), null);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                return body.toByteArray();
            }
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                skipTrailers(in);
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            line(in);
        }
    }

    /** Trailer fields after the last chunk, up to the empty line: the suite has no use for them. */
    private static void skipTrailers(InputStream in) throws IOException {
        String trailer = line(in);
        while (trailer != null && !trailer.isEmpty()) {
            trailer = line(in);
        }
    }

    private static int status(String statusLine) {
        String[] parts = statusLine.split(" ", 3);
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One CRLF-terminated line as ISO-8859-1, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
