package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.canned.CannedResponse;
import dev.livechat.domain.canned.Shortcut;
import java.util.List;

/** Canned responses: live chat users look them up, managers write them. */
public interface ManageCannedResponsesUseCase {
    int MAX_LISTED = 100;

    /** By shortcut, those starting with the prefix (case-insensitive), at most {@value #MAX_LISTED}. */
    List<CannedResponse> cannedResponses(Caller caller, String prefix);

    CannedResponse putCannedResponse(Caller caller, CannedResponse response);

    /** Refused with not-found when there was none. */
    void removeCannedResponse(Caller caller, Shortcut shortcut);
}
