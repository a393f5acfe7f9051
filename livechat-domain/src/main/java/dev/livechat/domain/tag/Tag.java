package dev.livechat.domain.tag;

import dev.livechat.domain.error.Require;
import java.util.regex.Pattern;

/** A tag of the catalogue: a unique name and a colour ("#1f77b4"). */
public record Tag(TagName name, String colour) {
    public static final String DEFAULT_COLOUR = "#6c757d";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public Tag {
        Require.present("name", name);
        colour = colour == null ? DEFAULT_COLOUR : colour.strip();
        Require.that(HEX.matcher(colour).matches(), "colour", "must look like #1f77b4, was '" + colour + "'");
    }

    public static Tag named(TagName name) {
        return new Tag(name, DEFAULT_COLOUR);
    }
}
