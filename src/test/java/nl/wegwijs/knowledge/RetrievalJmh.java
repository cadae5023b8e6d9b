package nl.wegwijs.knowledge;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH: the retrieval path per question (FAQ search, top 3, in the question's language and via
 * Dutch), cycling through the development set's questions. Sample mode, so the median (p50) is
 * printed beside the mean. Run with {@code mvn -Pbench test -Dtest=RetrievalJmh}.
 */
@Tag("benchmark")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RetrievalJmh {

    private Knowledge knowledge;
    private List<RetrievalDevSetTest.Case> cases;
    private int next;

    @Setup(Level.Trial)
    public void load() throws Exception {
        knowledge = KnowledgeFixtures.national();
        cases = RetrievalDevSetTest.load();
    }

    @Benchmark
    public Object retrieval() {
        RetrievalDevSetTest.Case c = cases.get(next++ % cases.size());
        return knowledge.search(c.question(), c.language(), 3);
    }

    @Test
    void runs() throws Exception {
        var options = new OptionsBuilder()
                .include(RetrievalJmh.class.getName() + ".retrieval")
                .forks(0) // same JVM and class path as the test; fine for a relative figure on this machine
                .warmupIterations(3).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .threads(1)
                .build();
        for (RunResult r : new Runner(options).run()) {
            var stats = r.getPrimaryResult().getStatistics();
            System.out.printf("jmh: retrieval per question: mean %.0f µs, p50 %.0f µs, p90 %.0f µs, p99 %.0f µs (n=%d)%n",
                    stats.getMean(), stats.getPercentile(50), stats.getPercentile(90), stats.getPercentile(99), stats.getN());
        }
    }
}
