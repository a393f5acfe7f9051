package dev.livechat.domain.canned;

import dev.livechat.domain.error.Require;

/**
 * A ready-made answer an operator posts by its shortcut. The body is a {@link Template}: checked
 * when it is saved, so that a manager learns of a misspelt placeholder at once, not an operator
 * in the middle of a chat.
 */
public record CannedResponse(Shortcut shortcut, Template body) {
    public CannedResponse {
        Require.present("shortcut", shortcut);
        Require.present("body", body);
    }

    public static CannedResponse of(String shortcut, String body) {
        return new CannedResponse(Shortcut.of(shortcut), Template.of(body));
    }
}
