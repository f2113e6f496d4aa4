package org.k2advisor.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The README's screenshots in docs/screenshots. Chromium draws the Mermaid diagram with slightly
 * different anti-aliasing from run to run, so a screenshot is replaced only when it changed by
 * more than a few pixels: a build leaves the working tree clean unless the page really changed.
 */
final class Screenshots {
    static final Path DIRECTORY = Path.of("docs", "screenshots");
    /** The share of image bytes that may differ before a screenshot counts as changed. */
    private static final double TOLERANCE = 0.01;

    private Screenshots() {}

    static void save(String name, byte[] png) {
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(name + ".png");
            if (Files.exists(file) && nearlySame(Files.readAllBytes(file), png)) {
                return;
            }
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same size, and all but a few of the decompressed image bytes equal. */
    static boolean nearlySame(byte[] one, byte[] other) {
        byte[] first = pixels(one);
        byte[] second = pixels(other);
        if (first == null || second == null || !Arrays.equals(header(one), header(other)) || first.length != second.length) {
            return false;
        }
        long differing = 0;
        for (int i = 0; i < first.length; i++) {
            if (first[i] != second[i]) {
                differing++;
            }
        }
        return differing <= first.length * TOLERANCE;
    }

    private static byte[] header(byte[] png) {
        ByteBuffer chunk = chunk(png, "IHDR");
        return chunk == null ? null : Arrays.copyOfRange(png, chunk.position(), chunk.limit());
    }

    /** The inflated IDAT data (filtered scanlines), or null when the bytes are not a PNG we read. */
    private static byte[] pixels(byte[] png) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        for (int at = 8; at + 8 <= png.length;) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (length < 0 || at + 12 + length > png.length) {
                return null;
            }
            if (type.equals("IDAT")) {
                compressed.write(png, at + 8, length);
            }
            at += 12 + length;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed.toByteArray());
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int read = inflater.inflate(buffer);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                raw.write(buffer, 0, read);
            }
            return raw.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static ByteBuffer chunk(byte[] png, String wanted) {
        for (int at = 8; at + 8 <= png.length;) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            if (length < 0 || at + 12 + length > png.length) {
                return null;
            }
            if (new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(wanted)) {
                return ByteBuffer.wrap(png, at + 8, length);
            }
            at += 12 + length;
        }
        return null;
    }
}
