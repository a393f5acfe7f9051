package dev.livechat.domain.offline;

/** What is mailed to a channel's address: the message and the name of the channel it was left in. */
public record OfflineMessageMail(OfflineMessage message, String channelName) {}
