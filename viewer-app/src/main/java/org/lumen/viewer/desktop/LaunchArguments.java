package org.lumen.viewer.desktop;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the launcher was given, as the command line understands it. A Windows file association
 * starts {@code Lumen.exe C:\path\image.dcm}, the Windows URL scheme {@code Lumen.exe lumen://open?...}:
 * neither names the {@code open} command. When the first argument is a {@code lumen:} link or an
 * existing file or folder (and not a command or an option), {@code open} is put in front; anything
 * else is left as it is, so a mistyped command still gets the usage error that names it.
 */
public final class LaunchArguments {
    private static final Set<String> COMMANDS = Set.of("open", "dicom", "render", "web", "help");

    private LaunchArguments() {}

    /** The arguments with {@code open} in front where the operating system left it out. */
    public static String[] normalise(String[] args) {
        if (args.length == 0 || args[0].startsWith("-") || COMMANDS.contains(args[0])) {
            return args;
        }
        if (!isLink(args[0]) && !isExistingPath(args[0])) {
            return args;
        }
        List<String> withOpen = new ArrayList<>(args.length + 1);
        withOpen.add("open");
        withOpen.addAll(List.of(args));
        return withOpen.toArray(String[]::new);
    }

    static boolean isLink(String argument) {
        return argument.toLowerCase(Locale.ROOT).startsWith("lumen:");
    }

    private static boolean isExistingPath(String argument) {
        try {
            return Files.exists(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
