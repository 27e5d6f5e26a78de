package id.rekon.pispk.job.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator's command line: a command word and {@code --option value} (or {@code --option=value})
 * pairs. Spring's own {@code --spring.*}, {@code --rekon.*} and {@code --logging.*} options are left
 * to Spring.
 */
public record CommandLine(String command, Map<String, String> options, List<String> unknown) {

    private static final Set<String> FLAGS = Set.of("force", "help");

    public static CommandLine parse(String[] args, Set<String> known) {
        String command = null;
        Map<String, String> options = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (name.startsWith("spring.") || name.startsWith("rekon.") || name.startsWith("logging.")) {
                    continue;
                }
                if (!known.contains(name) && !FLAGS.contains(name)) {
                    unknown.add(a);
                    continue;
                }
                if (value == null && !FLAGS.contains(name) && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                }
                options.put(name, value == null ? "true" : value);
            } else if (command == null) {
                command = a;
            } else {
                unknown.add(a);
            }
        }
        return new CommandLine(command == null ? "help" : command, options, unknown);
    }

    public String get(String name) {
        return options.get(name);
    }

    public boolean flag(String name) {
        return "true".equalsIgnoreCase(options.get(name));
    }
}
