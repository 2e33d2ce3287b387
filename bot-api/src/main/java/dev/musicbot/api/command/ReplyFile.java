package dev.musicbot.api.command;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file sent with a {@link Reply}, shown by Discord as an attachment. The bytes are copied in and out, so a
 * file cannot change after it is made.
 *
 * @param fileName the file name, 1 to 100 characters without path separators or control characters
 * @param content the file's bytes, at most {@link #MAX_BYTES}
 */
public record ReplyFile(String fileName, byte[] content) {
    /** The largest file a bot may send without a boosted guild: 8 MiB. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final Pattern NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,100}");

    /** Checks the name and size and copies the bytes. */
    public ReplyFile {
        if (!NAME.matcher(Objects.requireNonNull(fileName, "fileName")).matches() || fileName.isBlank()) {
            throw new IllegalArgumentException("invalid file name: " + fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("a reply file is limited to " + MAX_BYTES + " bytes");
        }
        content = content.clone();
    }

    /**
     * A copy of the file's bytes.
     *
     * @return the bytes
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * Files are equal when their names and bytes are.
     *
     * @param other the other object
     * @return whether they are equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReplyFile file
                && fileName.equals(file.fileName)
                && Arrays.equals(content, file.content);
    }

    /**
     * A hash of the name and the bytes.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    /**
     * The name and size (not the bytes).
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ReplyFile[" + fileName + ", " + content.length + " bytes]";
    }
}
