package io.sellerbridge.testing;

/** One real broker for the whole test JVM: starting KRaft takes seconds, topics keep tests apart. */
public final class SharedKafka {

    private static EmbeddedKafka broker;

    private SharedKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = EmbeddedKafka.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "embedded-kafka-stop"));
        }
        return broker.bootstrapServers();
    }
}
