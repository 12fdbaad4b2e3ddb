package io.sellerbridge.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.*;

class EmbeddedKafkaSmokeTest {
    @Test
    void brokerAcceptsARecord() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             KafkaProducer<String, String> p = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                     "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName()))) {
            var md = p.send(new ProducerRecord<>("smoke", "k", "v")).get();
            assertEquals("smoke", md.topic());
        }
    }
}
