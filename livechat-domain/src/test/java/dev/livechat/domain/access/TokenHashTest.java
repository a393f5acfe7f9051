package dev.livechat.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.error.InvalidValueException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenHashTest {
    @Test
    void isTheHexOfTheTokensSha256() {
        assertThat(TokenHash.of("abc").value())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenHash.of("abc")).isEqualTo(TokenHash.of("abc")); // the reused digest starts afresh
    }

    @Test
    void threadsHashingAtOnceGetTheSameHashes() throws Exception {
        var seen = ConcurrentHashMap.<String>newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> done = IntStream.range(0, 400)
                    .mapToObj(i -> pool.submit(() -> seen.add(TokenHash.of("t").value())))
                    .toList();
            for (Future<Boolean> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        assertThat(seen).containsExactly(TokenHash.of("t").value());
    }

    @Test
    void onlySixtyFourLowerCaseHexDigitsAreAHash() {
        String hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(new TokenHash(hex).value()).isEqualTo(hex);
        for (String wrong : List.of(hex.toUpperCase(), hex.substring(1), hex + "0", hex.replace('b', 'g')))
            assertThatThrownBy(() -> new TokenHash(wrong)).isInstanceOf(InvalidValueException.class);
    }
}
