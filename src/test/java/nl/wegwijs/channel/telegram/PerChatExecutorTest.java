package nl.wegwijs.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PerChatExecutorTest {

    @Test
    void keepsEachChatsMessagesInArrivalOrder() throws Exception {
        try (var executor = new PerChatExecutor(4, 1000)) {
            List<Integer> seen = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(200);
            for (int i = 0; i < 200; i++) {
                int n = i;
                executor.submit(42, () -> {
                    seen.add(n);
                    done.countDown();
                });
            }
            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).isSorted().hasSize(200);
        }
    }

    @Test
    void aSlowChatDoesNotHoldUpAnother() throws Exception {
        try (var executor = new PerChatExecutor(2, 100)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch otherDone = new CountDownLatch(1);
            executor.submit(1, () -> await(release));
            executor.submit(1, () -> { });
            executor.submit(2, otherDone::countDown);

            // The second chat is answered while the first is still stuck.
            assertThat(otherDone.await(20, TimeUnit.SECONDS)).isTrue();
            release.countDown();
        }
    }

    @Test
    void refusesWorkBeyondItsLimitInsteadOfQueueingForever() throws Exception {
        try (var executor = new PerChatExecutor(1, 3)) {
            CountDownLatch release = new CountDownLatch(1);
            assertThat(executor.submit(1, () -> await(release))).isTrue();
            assertThat(executor.submit(2, () -> { })).isTrue();
            assertThat(executor.submit(3, () -> { })).isTrue();

            assertThat(executor.submit(4, () -> { })).isFalse();
            release.countDown();
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheChatsNextMessage() throws Exception {
        try (var executor = new PerChatExecutor(1, 10)) {
            CountDownLatch next = new CountDownLatch(1);
            executor.submit(7, () -> {
                throw new IllegalStateException("boom");
            });
            executor.submit(7, next::countDown);
            assertThat(next.await(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
