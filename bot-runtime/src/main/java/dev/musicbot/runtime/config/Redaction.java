package dev.musicbot.runtime.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Masks credentials in what {@code config check} and {@code doctor} print: values under keys that name a
 * credential, and credentials inside other values, wherever they hide: the user info of a URL
 * ({@code jdbc:postgresql://user:pw@host/db}, {@code socks5://u:p@proxy}), secret query or connection-string
 * parameters ({@code ?password=}, {@code ;password=}), the value of a command-line option that names a credential
 * ({@code --password x}, {@code --password=x}, {@code -p x}, an {@code Authorization} or {@code Cookie} header),
 * and JVM system properties that name one ({@code -Djavax.net.ssl.trustStorePassword=x}).
 */
public final class Redaction {
    private static final String WORDS = "secret|token|password|passwd|pwd|api-key|apikey|api_key|cookie|credential";
    private static final Pattern SECRET_KEY = Pattern.compile(".*(" + WORDS + ").*");
    private static final Pattern USER_INFO = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://[^/@\\s:]*):[^/@\\s]*@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)((?:^|[?&;\\s])[a-z0-9_.-]*(?:" + WORDS + "|sig|signature|auth)[a-z0-9_.-]*=)[^&;\\s]*");
    private static final Pattern SECRET_OPTION = Pattern.compile("(?i)-p|--?[a-z0-9-]*(?:" + WORDS + ")[a-z0-9-]*");
    private static final Pattern HEADER_OPTION = Pattern.compile("(?i)--add-headers?|-H|--header");
    private static final Pattern SECRET_HEADER =
            Pattern.compile("(?i)((?:authorization|proxy-authorization|cookie)\\s*:).*");
    private static final Pattern SYSTEM_PROPERTY = Pattern.compile("(?i)(-D[^=]*(?:" + WORDS + ")[^=]*=).+");

    private Redaction() {}

    /** The mask printed instead of a credential. */
    public static final String MASK = Secret.MASK;

    /**
     * Whether a key names a credential.
     *
     * @param key a configuration key or property name
     * @return true if its value must never print
     */
    public static boolean isSecretKey(String key) {
        return SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * A value with the credentials inside it masked (URL user info, secret parameters).
     *
     * @param value the value
     * @return the value to print
     */
    public static String text(String value) {
        String masked = USER_INFO.matcher(value).replaceAll("$1:" + MASK + "@");
        return SECRET_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }

    /**
     * Command-line arguments (yt-dlp's {@code extra-args}, the JVM's input arguments) with credentials masked: the
     * value after or inside an option that names one, secret headers and system properties, and anything
     * {@link #text} masks.
     *
     * @param arguments the arguments
     * @return the arguments to print
     */
    public static List<String> arguments(List<String> arguments) {
        List<String> printed = new ArrayList<>(arguments.size());
        boolean maskNext = false;
        boolean headerNext = false;
        for (String argument : arguments) {
            if (maskNext) {
                printed.add(MASK);
            } else if (headerNext) {
                printed.add(SECRET_HEADER.matcher(text(argument)).replaceAll("$1" + MASK));
            } else {
                printed.add(argument(argument));
            }
            maskNext =
                    !maskNext && !headerNext && SECRET_OPTION.matcher(argument).matches();
            headerNext = !headerNext && HEADER_OPTION.matcher(argument).matches();
        }
        return printed;
    }

    private static String argument(String argument) {
        int eq = argument.indexOf('=');
        if (argument.startsWith("-")
                && !argument.startsWith("-D")
                && eq > 0
                && SECRET_OPTION.matcher(argument.substring(0, eq)).matches()) {
            return argument.substring(0, eq + 1) + MASK;
        }
        String masked = SYSTEM_PROPERTY.matcher(argument).replaceAll("$1" + MASK);
        return text(masked);
    }
}
