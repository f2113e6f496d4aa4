package org.k2advisor.internal.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;

/**
 * Bytes of an answers document to text, refusing anything that is not UTF-8 rather than turning
 * it into U+FFFD: a Latin-1 "é" silently replaced would reach the report as a different answer, or
 * as a baffling one. A UTF-8 byte-order mark, as Notepad writes, is accepted and dropped. Files and
 * standard input both come through here, so both get the same message.
 */
public final class StrictUtf8 {
    private static final String SAVE_AS = "; save the answers as UTF-8";

    private StrictUtf8() {}

    /** @throws InvalidAnswersException NOT_UTF8, naming the line and the first byte that is not UTF-8 */
    public static String decode(byte[] bytes) {
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw notUtf8("they are UTF-16 (they start with a UTF-16 byte-order mark)");
        }
        // NUL is valid UTF-8 but never in JSON text; a file full of them is UTF-16 without a mark.
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw notUtf8("line " + lineOf(bytes, i) + " holds a NUL byte, as UTF-16 text does");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw notUtf8(String.format("byte 0x%02X on line %d is not UTF-8 (Latin-1 or Windows-1252 text?)",
                    bytes[at] & 0xFF, lineOf(bytes, at)));
        }
        return out.flip().toString();
    }

    /**
     * One line of a JSON Lines file, its line break removed: as {@link #decode}, but a problem is
     * placed by its byte within the line, as the caller numbers the lines. Plain ASCII, nearly every
     * line of answers, takes a fast path that skips the decoder.
     *
     * @throws InvalidAnswersException NOT_UTF8, naming the first byte that is not UTF-8
     */
    public static String decodeLine(byte[] line) {
        boolean ascii = true;
        for (byte b : line) {
            if (b == 0) {
                throw notUtf8("the line holds a NUL byte, as UTF-16 text does");
            }
            ascii &= b > 0;
        }
        if (ascii) {
            return new String(line, StandardCharsets.ISO_8859_1);
        }
        if (startsWith(line, 0xFE, 0xFF) || startsWith(line, 0xFF, 0xFE)) {
            throw notUtf8("the line starts with a UTF-16 byte-order mark");
        }
        int start = startsWith(line, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(line, start, line.length - start);
        CharBuffer out = CharBuffer.allocate(line.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw notUtf8(String.format("byte 0x%02X (byte %d of the line) is not UTF-8 (Latin-1 or Windows-1252 text?)",
                    line[at] & 0xFF, at + 1));
        }
        return out.flip().toString();
    }

    private static InvalidAnswersException notUtf8(String why) {
        return new InvalidAnswersException(Code.NOT_UTF8, "answers", "not UTF-8: " + why + SAVE_AS);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
