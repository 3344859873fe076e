package mx.idse.bench;

import java.time.Duration;
import java.util.stream.Stream;

/** CPU time (user + system) of processes of the stack, read from the operating system. */
final class CpuTime {

    private CpuTime() {
    }

    /** Total CPU time a process has used so far. */
    static long ofProcess(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("cannot read the CPU time of process " + pid)).toNanos();
    }

    /** CPU time of this JVM (load generator, Kafka broker) and of every process it started but {@code servicePid}. */
    static long ofRestOfStack(long servicePid) {
        return Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants())
                .filter(p -> p.pid() != servicePid)
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }
}
