package id.rekon.pispk.security;

import id.rekon.pispk.output.OwnerOnly;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Protects what the product keeps on disk, before anything is written: the data folder (H2 database,
 * logs, locks) and its log folder are created owner-only ({@link OwnerOnly}), and when a key is
 * configured the H2 database is encrypted ({@code CIPHER=AES}), and so are the identifying columns of
 * tonight's store ({@code store.StoreCipher}, with subkeys derived from the same key).
 *
 * <p>The key comes from the environment variable {@value #KEY} or from the file named by
 * {@value #KEY_FILE} (its first line), never from a job definition, which is shared and versioned. H2
 * takes the file key and the user password as one password separated by a space, so the key itself may
 * hold no whitespace. A PostgreSQL URL is left alone: there, encryption at rest is the server's.
 *
 * <p>Runs as a Spring Boot {@link EnvironmentPostProcessor}, before logging starts and before the
 * datasource exists.
 */
public class DataAtRest implements EnvironmentPostProcessor {

    /** Environment variable holding the H2 file key. */
    public static final String KEY = "REKON_H2_KUNCI";
    /** Environment variable naming a file whose first line is the H2 file key. */
    public static final String KEY_FILE = "REKON_H2_KUNCI_FILE";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String dataDir = env.getProperty("rekon.data-dir");
        if (dataDir != null && !dataDir.isBlank()) {
            try {
                OwnerOnly.createDirectories(Path.of(dataDir));
                OwnerOnly.createDirectories(Path.of(dataDir).resolve("log"));
            } catch (IOException e) {
                throw new UncheckedIOException("Folder data tidak dapat dibuat: " + dataDir, e);
            }
        }
        String url = env.getProperty("spring.datasource.url");
        String key = key(env);
        if (key == null || url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:")) {
            return;
        }
        Map<String, Object> encrypted = new HashMap<>();
        if (!url.toUpperCase(Locale.ROOT).contains(";CIPHER=")) {
            encrypted.put("spring.datasource.url", url + ";CIPHER=AES");
        }
        encrypted.put("spring.datasource.password", key + " " + env.getProperty("spring.datasource.password", ""));
        env.getPropertySources().addFirst(new MapPropertySource("rekonH2Encryption", encrypted));
    }

    /**
     * The configured key, or {@code null} when encryption is off. Tonight's store derives its own
     * subkeys from it ({@code store.StoreCipher}), whatever database holds the history.
     */
    public static String key(PropertyResolver env) {
        String key = env.getProperty(KEY);
        String file = env.getProperty(KEY_FILE);
        if ((key == null || key.isBlank()) && file != null && !file.isBlank()) {
            try {
                key = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new IllegalStateException("Berkas kunci database " + file + " (" + KEY_FILE
                        + ") tidak dapat dibaca: periksa nama dan izinnya.", e);
            }
        }
        if (key == null || key.isBlank()) {
            return null;
        }
        key = key.strip();
        if (key.chars().anyMatch(Character::isWhitespace) || key.length() < 12) {
            throw new IllegalStateException("Kunci database (" + KEY + " / " + KEY_FILE + ") harus sedikitnya 12 "
                    + "karakter tanpa spasi.");
        }
        return key;
    }
}
