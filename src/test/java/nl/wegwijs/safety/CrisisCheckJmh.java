package nl.wegwijs.safety;

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
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * JMH: the crisis check on the hot path of every message ({@link CrisisDetector#assess}, rules and
 * the statistical signal), cycling through the realistic set's training messages (all six
 * languages, worrying and ordinary), and the same for a short neutral message like the inbox load
 * benchmark's. Sample mode, so the median is printed beside the mean. Run with
 * {@code mvn -o -Pbench test -Dtest=CrisisCheckJmh}.
 */
@Tag("benchmark")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CrisisCheckJmh {

    private CrisisDetector detector;
    private List<String> texts;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        detector = new CrisisDetector();
        texts = RealisticSets.train().stream().map(RealisticSets.Message::text).toList();
    }

    @Benchmark
    public Object realistic() {
        return detector.assess(texts.get(next++ % texts.size()));
    }

    @Benchmark
    public Object shortNeutral() {
        return detector.assess("load flatbcde-fg hij " + (char) ('a' + next++ % 26));
    }

    @Test
    void runs() throws Exception {
        var options = new OptionsBuilder()
                .include(CrisisCheckJmh.class.getName() + ".*")
                .forks(0) // same JVM and class path as the test; fine for a relative figure on this machine
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .threads(1)
                .build();
        for (RunResult r : new Runner(options).run()) {
            var stats = r.getPrimaryResult().getStatistics();
            System.out.printf("jmh: crisis check %s: mean %.0f µs, p50 %.0f µs, p90 %.0f µs, p99 %.0f µs (n=%d)%n",
                    r.getParams().getBenchmark().replaceAll(".*\\.", ""), stats.getMean(), stats.getPercentile(50),
                    stats.getPercentile(90), stats.getPercentile(99), stats.getN());
        }
    }
}
