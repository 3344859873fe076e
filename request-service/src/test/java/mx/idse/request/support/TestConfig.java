package mx.idse.request.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import mx.idse.request.config.RequestServiceConfig;

/** The service's configuration for plain unit tests, with production defaults where unset. */
public record TestConfig(List<LocalDate> imssDates)
        implements RequestServiceConfig {

    public static TestConfig withImssDates(List<LocalDate> dates) {
        return new TestConfig(dates);
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
    public Duration idempotencyKeyRetention() {
        return Duration.ofHours(24);
    }

    @Override
    public int maxAdditionalsPerPrincipal() {
        return 10;
    }
}
