package mx.idse.request.support;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import mx.idse.request.config.RequestServiceConfig;

/** The service's configuration for plain unit tests, with production defaults where unset. */
public record TestConfig(List<LocalDate> imssDates, int maxConcurrentHashes, Duration maxHashWait)
        implements RequestServiceConfig {

    public static TestConfig withImssDates(List<LocalDate> dates) {
        return new TestConfig(dates, 4, Duration.ofSeconds(2));
    }

    public static TestConfig withHashingSlots(int slots, Duration maxWait) {
        return new TestConfig(List.of(), slots, maxWait);
    }

    @Override
    public int businessDaysToConclude() {
        return 10;
    }

    @Override
    public int deadlineNoticeBusinessDays() {
        return 2;
    }

    @Override
    public Optional<List<LocalDate>> imssNonWorkingDates() {
        return Optional.of(imssDates);
    }

    @Override
    public String expiryCron() {
        return "off";
    }

    @Override
    public int schedulerBatchSize() {
        return 10;
    }

    @Override
    public Crypto crypto() {
        return new Crypto() {
            @Override
            public int argon2MemoryKib() {
                return 1024;
            }

            @Override
            public int argon2Iterations() {
                return 1;
            }

            @Override
            public int argon2Parallelism() {
                return 1;
            }

            @Override
            public int maxConcurrent() {
                return maxConcurrentHashes;
            }

            @Override
            public Duration maxWait() {
                return maxHashWait;
            }

            @Override
            public Optional<Path> blockedKeysFile() {
                return Optional.empty();
            }

            @Override
            public int privateKeyPbkdf2Iterations() {
                return 1000;
            }
        };
    }
}
