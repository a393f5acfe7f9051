package dev.livechat.domain.port.in;

/** The background pass of the retention period (docs/product-rules.md, "Retention"). */
public interface ApplyRetentionUseCase {
    /** Erases every conversation past the period, batch by batch; answers how many were erased. */
    long applyRetention();
}
