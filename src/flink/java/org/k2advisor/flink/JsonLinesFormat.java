package org.k2advisor.flink;

import java.io.IOException;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.k2advisor.internal.batch.JsonLines;

/**
 * A JSON Lines file for Flink's FileSource, read exactly as {@code k2advisor batch} reads one: by
 * {@link JsonLines}, as bytes, each line numbered from 1, so a line that is not UTF-8 or is too
 * long is an error for that line alone and every line keeps the number the one-machine command
 * gives it. A file is one split, read from its start by one reader: a line's number is only
 * known by counting the lines before it.
 */
final class JsonLinesFormat implements StreamFormat<JsonLines.Line> {
    private static final long serialVersionUID = 1L;

    @Override
    public Reader<JsonLines.Line> createReader(Configuration config, FSDataInputStream stream, long fileLen, long splitEnd) {
        JsonLines lines = new JsonLines(stream);
        return new Reader<>() {
            @Override
            public JsonLines.Line read() throws IOException {
                return lines.next();
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }

    /**
     * The reader reports no position, so Flink restores it from the start of the file and skips
     * the lines already read: the numbers stay right. (A batch job takes no checkpoints anyway.)
     */
    @Override
    public Reader<JsonLines.Line> restoreReader(Configuration config, FSDataInputStream stream, long restoredOffset,
            long fileLen, long splitEnd) throws IOException {
        if (restoredOffset != 0) {
            throw new IOException("a JSON Lines file can only be read again from its start, not from byte " + restoredOffset);
        }
        return createReader(config, stream, fileLen, splitEnd);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<JsonLines.Line> getProducedType() {
        return TypeInformation.of(JsonLines.Line.class);
    }
}
