package dev.musicbot.testkit.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough {@code multipart/form-data} parsing for Discord uploads: the JSON part and the files. */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^content-type:\\s*(\\S+)");

    /**
     * The parts that matter.
     *
     * @param payloadJson the {@code payload_json} part, or null
     * @param files the file parts
     */
    record Parts(String payloadJson, List<UploadedFile> files) {}

    private Multipart() {}

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("multipart/form-data");
    }

    static Parts parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return new Parts(null, List.of());
        }
        // ISO-8859-1 maps bytes 1:1 to chars, so offsets in the string are offsets in the body.
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary.group(1);
        String payload = null;
        List<UploadedFile> files = new ArrayList<>();
        int at = raw.indexOf(delimiter);
        while (at >= 0) {
            int start = at + delimiter.length();
            int next = raw.indexOf("\r\n" + delimiter, start);
            if (next < 0 || raw.startsWith("--", start)) {
                break;
            }
            int headersEnd = raw.indexOf("\r\n\r\n", start);
            if (headersEnd > 0 && headersEnd < next) {
                String headers = raw.substring(start, headersEnd);
                Matcher name = NAME.matcher(headers);
                Matcher filename = FILENAME.matcher(headers);
                String field = name.find() ? name.group(1) : "";
                if (filename.find()) {
                    Matcher type = CONTENT_TYPE.matcher(headers);
                    byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
                    files.add(new UploadedFile(field, filename.group(1), type.find() ? type.group(1) : "", content));
                } else if (field.equals("payload_json")) {
                    payload = new String(body, headersEnd + 4, next - headersEnd - 4, StandardCharsets.UTF_8);
                }
            }
            at = next + 2;
        }
        return new Parts(payload, List.copyOf(files));
    }
}
