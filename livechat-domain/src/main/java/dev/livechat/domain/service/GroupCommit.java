package dev.livechat.domain.service;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Group commit: writes that wait together are applied in one unit of work, one commit for all.
 *
 * <p>Writes to one conversation are serial by design: they queue on its lock in this process, then
 * on its row lock. So rather than each waiting writer paying for a commit of its own, the one that
 * holds the conversation takes every write waiting for it as a group: one load for update, the
 * verbs in the order they arrived, one save with all their events. And the groups of different
 * conversations ready at the same time share one unit (where units are transactions): the commit,
 * most of a message post's cost on the embedded default, is paid once for all of them. Alone, a
 * write is a unit of its own, as before.
 *
 * <p>A verb that fails (a closed conversation, a lost join, a caller who may not post) fails only
 * its own writer: the next verb is applied to the state the previous successful ones left, so
 * nothing the failed verb changed or recorded before it threw is kept. A conversation that does not
 * exist fails only its own group. A failure of the unit itself (the database, a lost race after the
 * retry) fails every write in it, as it would have failed each alone. Nothing is applied twice: a
 * write is taken out of the queue by exactly one holder, a group by exactly one unit.
 */
final class GroupCommit {
    /**
     * Striped by conversation: writers of different conversations seldom wait on each other here.
     * Fair: a released stripe goes to the writer that waited longest, whose write the last group
     * most likely took, so it goes on at once and the writes queued meanwhile make the next group a
     * large one. Unfair, a writer just arrived took it before them and applied a group of a few:
     * 64 connections posting into one conversation (H2) got 1,779–1,929 posts a second at 668–736
     * µs of CPU each and a p99 of 949–1,030 ms, against 5,270–5,349 at 263–265 µs and 226–295 ms fair.
     */
    private static final ReentrantLock[] STRIPES = newStripes(256);

    private final ConversationWork work;
    /**
     * Whether groups of different conversations may share a unit: only where a unit is a
     * transaction. Without one, a unit run again after a lost race would apply twice the groups
     * saved before the race.
     */
    private final boolean acrossConversations;
    /** The writes waiting for each conversation, in arrival order; a holder of its stripe takes them all. */
    private final ConcurrentHashMap<ConversationId, List<Write<?>>> waiting = new ConcurrentHashMap<>();
    /** The groups whose holders wait for a unit of work, of any conversation. */
    private final ConcurrentLinkedQueue<Group> ready = new ConcurrentLinkedQueue<>();
    /**
     * Taken by the holder that applies every ready group in one unit. One at a time: with two or
     * four, posts into 200 conversations at 64 connections (H2) cost more CPU each (658 and 777 µs
     * against 572–589) for no more throughput.
     */
    private final ReentrantLock combining = new ReentrantLock();

    GroupCommit(ConversationWork work, boolean acrossConversations) {
        this.work = work;
        this.acrossConversations = acrossConversations;
    }

    /** Applies the verb to the conversation in a unit of work, perhaps together with other writers'. */
    <T> T write(ConversationId id, Function<Conversation, T> verb) {
        Write<T> write = new Write<>(verb);
        waiting.compute(id, (key, queue) -> {
            List<Write<?>> writes = queue == null ? new ArrayList<>() : queue;
            writes.add(write);
            return writes;
        });
        // Queued before taking the lock: whoever holds it when this write is queued either takes
        // it in its group, or leaves it for the next holder, possibly this very thread.
        hold(id, () -> {
            if (!write.done) combine(new Group(id, waiting.remove(id)));
            return null;
        });
        return write.outcome();
    }

    /**
     * Applies the group, still holding its conversation, in one unit of work with the groups of
     * other conversations ready meanwhile: the holder of {@link #combining} applies every group
     * ready when it takes it, so one commit serves them all. The others wait for their group, not
     * for the lock (a lock handed from waiter to waiter, each finding its work done, made a convoy
     * that halved the throughput); whoever lets the lock go wakes the first group still waiting,
     * to lead the next unit. Without transactions each group is a unit of its own.
     */
    private void combine(Group group) {
        if (!acrossConversations) {
            applyTogether(new ArrayList<>(List.of(group)));
            return;
        }
        ready.add(group);
        boolean interrupted = false;
        while (!group.applied) {
            if (combining.tryLock()) {
                try {
                    if (!group.applied) applyTogether(drainReady());
                } finally {
                    combining.unlock();
                    Group next = ready.peek();
                    if (next != null) LockSupport.unpark(next.holder);
                }
            } else {
                LockSupport.park(this);
                interrupted |= Thread.interrupted(); // parking again at once would spin
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private List<Group> drainReady() {
        List<Group> batch = new ArrayList<>();
        for (Group next = ready.poll(); next != null; next = ready.poll()) batch.add(next);
        return batch;
    }

    /**
     * Runs the work while holding the conversation in this process: writers of one conversation
     * queue here before they take a database connection, so sixty-four of them do not hold the whole
     * pool while they wait for the row lock. The row lock still orders writers of other instances.
     * A unit that has written one conversation must not hold another afterwards: that holder may be
     * waiting for a shared unit that waits for this unit's row locks.
     */
    static <T> T hold(ConversationId id, Supplier<T> work) {
        ReentrantLock stripe = STRIPES[stripe(id)];
        stripe.lock();
        try {
            return work.get();
        } finally {
            stripe.unlock();
        }
    }

    /**
     * Applies the groups, lets each of their writers have its outcome, then publishes what they
     * stored: after the holders are free, so a subscriber that writes to one of these
     * conversations as it hears of it does not wait for a holder that waits for this thread.
     */
    private void applyTogether(List<Group> batch) {
        // every unit takes its conversations' row locks in one order, so two never wait on each other
        batch.sort(Comparator.comparing(group -> group.id.value()));
        List<EventRecord> stored = new ArrayList<>();
        try {
            applyInOneUnit(batch, stored);
        } finally {
            batch.forEach(Group::finish);
        }
        work.publish(stored);
    }

    /**
     * One unit for the groups; its failure is the answer of each of their writers. But a race lost
     * twice by a unit of several groups (a writer outside the use cases, an erasure, changed one of
     * the conversations meanwhile) is one conversation's business: each group then runs in a unit
     * of its own, so that race is not the others' refusal. Nothing of the failed unit was kept.
     */
    private void applyInOneUnit(List<Group> batch, List<EventRecord> stored) {
        List<EventRecord> unit = new ArrayList<>();
        try {
            work.inUnit(
                    () -> {
                        // a retried unit starts again from fresh state: every write is applied afresh
                        for (Group group : batch) group.applyIn(work);
                        return null;
                    },
                    unit);
            stored.addAll(unit);
        } catch (ConcurrentUpdateException lostRace) {
            if (batch.size() > 1) batch.forEach(group -> applyInOneUnit(List.of(group), stored));
            else batch.forEach(group -> group.failed(lostRace));
        } catch (RuntimeException | Error unitFailed) {
            batch.forEach(group -> group.failed(unitFailed));
        }
    }

    /** The stripe a conversation is held by; two conversations of one stripe wait for each other. */
    static int stripe(ConversationId id) {
        return Math.floorMod(id.hashCode(), STRIPES.length);
    }

    private static ReentrantLock[] newStripes(int count) {
        ReentrantLock[] stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) stripes[i] = new ReentrantLock(true);
        return stripes;
    }

    /** The writes of one conversation taken together by its holder, in arrival order. */
    private static final class Group {
        final ConversationId id;
        final List<Write<?>> writes;
        /** The thread that holds the conversation and waits for the group to be applied. */
        final Thread holder = Thread.currentThread();
        /** Set by the thread that applied it, once every write has its outcome. */
        volatile boolean applied;

        Group(ConversationId id, List<Write<?>> writes) {
            this.id = id;
            this.writes = writes;
        }

        /** Loads the conversation for update, applies each write, saves what they did with their events. */
        void applyIn(ConversationWork work) {
            Conversation conversation;
            try {
                conversation = work.loadForUpdate(id);
            } catch (NotFoundException missing) {
                failed(missing); // this group's writers only: nothing of it was written
                return;
            }
            List<ConversationEvent> events = new ArrayList<>();
            for (Write<?> write : writes) {
                ConversationState before = conversation.state();
                if (write.applyTo(conversation)) events.addAll(conversation.pullEvents());
                else conversation = Conversation.restore(before); // drops what the failed verb did
            }
            if (!events.isEmpty()) work.save(conversation, events);
        }

        void failed(Throwable failure) {
            writes.forEach(write -> write.failed(failure));
        }

        void finish() {
            writes.forEach(Write::finish);
            applied = true;
            if (holder != Thread.currentThread()) LockSupport.unpark(holder);
        }
    }

    /**
     * One writer's verb and its outcome. Written by the thread that applies its group, before that
     * group is marked applied; read by the writer after the group's holder saw the mark and let the
     * stripe go, and the writer took it: the mark and the lock order the two.
     */
    private static final class Write<T> {
        private final Function<Conversation, T> verb;
        private T result;
        private Throwable failure;
        private boolean done;

        Write(Function<Conversation, T> verb) {
            this.verb = verb;
        }

        /** Applies the verb; false when it failed, which then is this writer's answer alone. */
        boolean applyTo(Conversation conversation) {
            try {
                result = verb.apply(conversation);
                failure = null;
                return true;
            } catch (ConcurrentUpdateException lostRace) {
                throw lostRace; // the unit's business: it runs once more on fresh state
            } catch (RuntimeException refused) {
                result = null;
                failure = refused;
                return false;
            }
        }

        void failed(Throwable unitFailed) {
            result = null;
            failure = unitFailed;
        }

        void finish() {
            done = true;
        }

        T outcome() {
            if (failure instanceof RuntimeException e) throw e;
            if (failure instanceof Error e) throw e;
            return result;
        }
    }
}
