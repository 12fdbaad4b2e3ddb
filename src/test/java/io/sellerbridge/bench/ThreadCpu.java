package io.sellerbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of a Linux process's threads, read from /proc, grouped by thread name without its numbers ("C2
 * CompilerThre", "GC Thread#", "kafka-producer-network-thread | ..."): what part of a process's CPU the JIT, the
 * collector, the Kafka client or the routes used between two snapshots.
 */
final class ThreadCpu {

    /** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    private record Task(String group, long ticks, long kernelTicks) {
    }

    private final Map<String, Task> threads;

    private ThreadCpu(Map<String, Task> threads) {
        this.threads = threads;
    }

    /** No threads: {@link #since} it is a thread's whole CPU. */
    static ThreadCpu none() {
        return new ThreadCpu(Map.of());
    }

    /** The process's threads now; none where /proc does not tell. */
    static ThreadCpu of(long pid) {
        Map<String, Task> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> read(task).ifPresent(t -> threads.put(task.getFileName().toString(), t)));
        } catch (IOException | java.io.UncheckedIOException e) {
            // the process ended: nothing to add
        }
        return new ThreadCpu(threads);
    }

    private static java.util.Optional<Task> read(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            // the name is in brackets and may hold spaces; utime and stime are fields 14 and 15
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long kernel = Long.parseLong(fields[12]);
            return java.util.Optional.of(new Task(name.replaceAll("\\d+", "").strip(), Long.parseLong(fields[11]) + kernel,
                    kernel));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** What thread {@code tid} used since {@code before}: all of it if it is new (or its id now names another thread). */
    private static Task delta(String tid, Task now, ThreadCpu before) {
        Task then = before.threads.get(tid);
        return then == null || !then.group().equals(now.group()) ? now
                : new Task(now.group(), now.ticks() - then.ticks(), now.kernelTicks() - then.kernelTicks());
    }

    /** Seconds of CPU per thread group since {@code before} (threads that ended in between are not counted), most first. */
    Map<String, Double> since(ThreadCpu before) {
        Map<String, Double> seconds = new TreeMap<>();
        threads.forEach((tid, t) -> seconds.merge(t.group(), delta(tid, t, before).ticks() / TICKS_PER_SECOND,
                Double::sum));
        return seconds.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** Seconds of CPU the JIT compiler's threads (C1, C2) used since {@code before}. */
    double compilerSince(ThreadCpu before) {
        return since(before).entrySet().stream().filter(e -> e.getKey().contains("CompilerThre"))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** The share of the CPU since {@code before} spent in the kernel (system calls, page faults), of every thread. */
    double kernelShareSince(ThreadCpu before) {
        long all = 0;
        long kernel = 0;
        for (Map.Entry<String, Task> e : threads.entrySet()) {
            Task delta = delta(e.getKey(), e.getValue(), before);
            all += delta.ticks();
            kernel += delta.kernelTicks();
        }
        return all == 0 ? 0 : (double) kernel / all;
    }

    /** "group 12.3 s, ..." of {@link #since}, the largest {@code top} groups and the rest together. */
    String describeSince(ThreadCpu before, int top) {
        Map<String, Double> seconds = since(before);
        StringBuilder text = new StringBuilder();
        double rest = 0;
        int i = 0;
        for (Map.Entry<String, Double> e : seconds.entrySet()) {
            if (i++ < top) {
                text.append(String.format(Locale.ROOT, "%s%s %.1f s", text.isEmpty() ? "" : ", ", e.getKey(), e.getValue()));
            } else {
                rest += e.getValue();
            }
        }
        return text + String.format(Locale.ROOT, ", other threads %.1f s; %.0f %% of it in the kernel", rest,
                100 * kernelShareSince(before));
    }
}
