package dev.livechat.domain.port.in;

/**
 * The system hands on the conversations whose visitor waited longer than their channel's
 * {@code reassignAfterSeconds} for the first reply of the operator handed them. Returns how many.
 */
public interface HandOnUnansweredUseCase {
    int handOnUnanswered();
}
