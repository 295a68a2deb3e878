package dev.cmpkit.runtime.time;

import dev.cmpkit.runtime.log.CmpLogger;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * The time window a polling connector fetches: from the last successful update (or one poll
 * interval back) up to now less the provider's reporting skew, capped by a backfill limit.
 *
 * <pre>{@code
 * TimeInterval window = TimeInterval.setup(event, TimeInterval.options()
 *         .backfillTime(Duration.ofHours(1))
 *         .initialInterval(Duration.ofMinutes(5))
 *         .skew(Duration.ofMinutes(5))
 *         .logger(logger));
 * fetch(window.start(), window.end());
 * }</pre>
 *
 * <ul>
 * <li>The poll interval (seconds) is {@code event.poll_interval} when present (even 0), else
 *     {@code event.resource.poll_interval}, else 900.</li>
 * <li>{@code end = now − skew}.</li>
 * <li>Without {@code event.last_update} (absent or null):
 *     {@code start = end − (poll interval + initial interval)}.</li>
 * <li>With it: {@code start = last_update}, parsed with the time format (by default
 *     {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'} with 1 to 6 fraction digits or none, UTC; an
 *     empty string is not a time and is rejected); when a
 *     backfill time is set (non-zero) and {@code end − start} is strictly longer, {@code end =
 *     start + backfill} and the logger, if any, gets an info line saying so.</li>
 * </ul>
 */
public final class TimeInterval {

    static final long DEFAULT_POLL_INTERVAL_SECONDS = 900;

    private final Instant start;
    private final Instant end;

    private TimeInterval(Instant start, Instant end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Returns new options with the defaults: no backfill, no initial interval, no skew, the system
     * clock.
     *
     * @return new options
     */
    public static Options options() {
        return new Options();
    }

    /**
     * {@link #setup(Map, Options)} with default options.
     *
     * @param event the module's event
     * @return the interval
     */
    public static TimeInterval setup(Map<String, ?> event) {
        return setup(event, options());
    }

    /**
     * Computes the interval for {@code event}.
     *
     * @param event the module's event; reads {@code last_update}, {@code poll_interval} and
     *     {@code resource.poll_interval}
     * @param options the options; read once, later changes have no effect on the result
     * @return the interval
     * @throws IllegalArgumentException for a null event or options, a {@code last_update} that does not
     *     match the time format (quoting both), or a poll interval that is not a non-negative number
     */
    public static TimeInterval setup(Map<String, ?> event, Options options) {
        if (event == null) {
            throw new IllegalArgumentException("TimeInterval.setup: event is required, got null");
        }
        if (options == null) {
            throw new IllegalArgumentException("TimeInterval.setup: options is required, got null");
        }
        Duration pollInterval = pollInterval(event);
        Object lastUpdate = event.get("last_update");
        try {
            Instant end = options.clock.instant().minus(options.skew);
            if (lastUpdate == null) {
                return new TimeInterval(end.minus(pollInterval).minus(options.initialInterval), end);
            }
            Instant start = options.format.parse(lastUpdate);
            Duration backfill = options.backfillTime;
            if (backfill != null
                    && !backfill.isZero()
                    && Duration.between(start, end).compareTo(backfill) > 0) {
                Instant capped = start.plus(backfill);
                if (options.logger != null) {
                    options.logger.info("last_update " + start + " is more than the backfill time of "
                            + seconds(backfill) + " s before " + end + "; fetching up to " + capped);
                }
                end = capped;
            }
            return new TimeInterval(start, end);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException(
                    "TimeInterval.setup: the interval for poll_interval "
                            + seconds(pollInterval) + " s with skew " + seconds(options.skew)
                            + " s and initial interval "
                            + seconds(options.initialInterval) + " s is out of the range of Instant",
                    e);
        }
    }

    private static Duration pollInterval(Map<String, ?> event) {
        Object top = event.get("poll_interval");
        if (top != null) {
            return toSeconds("event.poll_interval", top);
        }
        Object resource = event.get("resource");
        if (resource == null) {
            return Duration.ofSeconds(DEFAULT_POLL_INTERVAL_SECONDS);
        }
        if (!(resource instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("event.resource must be an object, got "
                    + resource.getClass().getSimpleName() + " '" + resource + "'");
        }
        Object nested = map.get("poll_interval");
        return nested == null
                ? Duration.ofSeconds(DEFAULT_POLL_INTERVAL_SECONDS)
                : toSeconds("event.resource.poll_interval", nested);
    }

    private static Duration toSeconds(String name, Object value) {
        BigDecimal seconds;
        try {
            if (value instanceof BigDecimal big) {
                seconds = big;
            } else if (value instanceof BigInteger big) {
                seconds = new BigDecimal(big);
            } else if (value instanceof Double || value instanceof Float) {
                seconds = new BigDecimal(value.toString());
            } else if (value instanceof Number number) {
                seconds = BigDecimal.valueOf(number.longValue());
            } else if (value instanceof String text) {
                seconds = new BigDecimal(text.trim());
            } else {
                throw new NumberFormatException();
            }
            if (seconds.signum() < 0) {
                throw new NumberFormatException();
            }
            // precision - scale is the count of digits before the point; both are read in constant
            // time, whereas scaling "9e99999999" or "1e-99999990" to nanoseconds takes seconds.
            long integerDigits = (long) seconds.precision() - seconds.scale();
            if (integerDigits > 19) {
                throw new ArithmeticException("too large");
            }
            if (integerDigits < -9) {
                return Duration.ZERO; // below a nanosecond
            }
            BigDecimal nanos = seconds.movePointRight(9).setScale(0, java.math.RoundingMode.DOWN);
            BigInteger[] split = nanos.toBigIntegerExact().divideAndRemainder(BigInteger.valueOf(1_000_000_000));
            return Duration.ofSeconds(split[0].longValueExact(), split[1].longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            String shown = String.valueOf(value);
            if (shown.length() > 200) {
                shown = shown.substring(0, 200) + "... (" + shown.length() + " chars)";
            }
            throw new IllegalArgumentException(name + " must be a non-negative number of seconds, got "
                    + value.getClass().getSimpleName() + " '" + shown + "'");
        }
    }

    private static String seconds(Duration duration) {
        BigDecimal value = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * Returns the start of the interval.
     *
     * @return the start
     */
    public Instant start() {
        return start;
    }

    /**
     * Returns the end of the interval, which is before the start when the skew exceeds the gap since
     * {@code last_update}.
     *
     * @return the end
     */
    public Instant end() {
        return end;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeInterval that && start.equals(that.start) && end.equals(that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return "TimeInterval[" + start + " .. " + end + "]";
    }

    /** Settings of {@link #setup(Map, Options)}; each setter validates and returns this. */
    public static final class Options {

        private Duration backfillTime;
        private Duration initialInterval = Duration.ZERO;
        private Duration skew = Duration.ZERO;
        private LastUpdateFormat format = LastUpdateFormat.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private CmpLogger logger;

        private Options() {}

        /**
         * Sets the longest interval fetched after a {@code last_update}.
         *
         * @param backfill the longest interval fetched after a {@code last_update}; null or zero means
         *     no limit; not negative
         * @return these options
         */
        public Options backfillTime(Duration backfill) {
            this.backfillTime = nonNegative("backfillTime", backfill, true);
            return this;
        }

        /**
         * Sets how far back the first interval reaches when there is no {@code last_update}.
         *
         * @param initial added to the poll interval when there is no {@code last_update}; not negative
         * @return these options
         */
        public Options initialInterval(Duration initial) {
            this.initialInterval = nonNegative("initialInterval", initial, false);
            return this;
        }

        /**
         * Sets how far behind now the interval ends.
         *
         * @param skew how far behind now the interval ends (the provider's reporting delay); not negative
         * @return these options
         */
        public Options skew(Duration skew) {
            this.skew = nonNegative("skew", skew, false);
            return this;
        }

        /**
         * Sets how {@code last_update} is read and written, as a formatter.
         *
         * @param format how {@code last_update} is written; a formatter without offset or zone reads UTC
         * @return these options
         */
        public Options timeFormat(DateTimeFormatter format) {
            if (format == null) {
                throw new IllegalArgumentException("timeFormat is required, got null");
            }
            this.format = LastUpdateFormat.of(format, format.toString());
            return this;
        }

        /**
         * Sets how {@code last_update} is read and written, as a pattern.
         *
         * @param pattern a {@link DateTimeFormatter} pattern for {@code last_update}, e.g.
         *     {@code yyyy-MM-dd HH:mm:ss}; without offset or zone it reads UTC
         * @return these options
         */
        public Options timeFormat(String pattern) {
            if (pattern == null) {
                throw new IllegalArgumentException("timeFormat pattern is required, got null");
            }
            try {
                this.format = LastUpdateFormat.of(DateTimeFormatter.ofPattern(pattern), pattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "timeFormat pattern '" + pattern + "' is not a valid " + "DateTimeFormatter pattern: "
                                + e.getMessage(),
                        e);
            }
            return this;
        }

        /**
         * Sets the clock that says what time it is now.
         *
         * @param clock the source of "now"
         * @return these options
         */
        public Options clock(Clock clock) {
            if (clock == null) {
                throw new IllegalArgumentException("clock is required, got null");
            }
            this.clock = clock;
            return this;
        }

        /**
         * Sets the logger told when the backfill time caps the interval.
         *
         * @param logger receives an info line when the backfill time caps the interval; null for none
         * @return these options
         */
        public Options logger(CmpLogger logger) {
            this.logger = logger;
            return this;
        }

        private static Duration nonNegative(String name, Duration value, boolean nullable) {
            if (value == null && !nullable) {
                throw new IllegalArgumentException(name + " is required, got null; use Duration.ZERO");
            }
            if (value != null && value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, got " + value);
            }
            return value;
        }
    }
}
