package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A user's membership of a channel, as a row: who the candidates of a channel are. */
@Entity
@Table(name = "operator_channels")
@IdClass(OperatorChannelEntity.Key.class)
class OperatorChannelEntity {
    @Id
    String operatorId;

    @Id
    String channelId;

    OperatorChannelEntity() {}

    OperatorChannelEntity(String operatorId, String channelId) {
        this.operatorId = operatorId;
        this.channelId = channelId;
    }

    static final class Key implements Serializable {
        String operatorId;
        String channelId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.operatorId.equals(operatorId) && k.channelId.equals(channelId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(operatorId, channelId);
        }
    }
}
