package dev.ferry.engine.dialect.sqlite;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TemporalTextFormatTest {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(0, 1, 1), LocalDate.of(7, 2, 3),
            LocalDate.of(99, 12, 31), LocalDate.of(999, 6, 15), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31));

    private static final List<LocalTime> TIMES = List.of(LocalTime.MIDNIGHT, LocalTime.of(1, 2, 3),
            LocalTime.of(9, 9, 9, 1_000), LocalTime.of(12, 0, 0, 500_000_000), LocalTime.of(23, 59, 59, 999_999_000),
            LocalTime.of(5, 6, 7, 1), LocalTime.of(5, 6, 7, 999_999_999), LocalTime.of(10, 20, 30, 120_000_010));

    @Test
    void datesAreZeroPaddedToFourDigitYears() {
        for (LocalDate date : DATES) {
            assertEquals(String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                    TemporalText.format(date));
        }
    }

    @Test
    void timesKeepMicrosecondsOrEveryNanosecond() {
        assertEquals("00:00:00.000000", TemporalText.format(LocalTime.MIDNIGHT));
        assertEquals("09:09:09.000001", TemporalText.format(LocalTime.of(9, 9, 9, 1_000)));
        assertEquals("05:06:07.000000001", TemporalText.format(LocalTime.of(5, 6, 7, 1)));
        assertEquals("10:20:30.120000010", TemporalText.format(LocalTime.of(10, 20, 30, 120_000_010)));
        for (LocalTime time : TIMES) {
            assertEquals(expected(time), TemporalText.format(time));
        }
    }

    @Test
    void timestampsJoinDateAndTimeAndInstantsAreWrittenInUtc() {
        for (LocalDate date : DATES) {
            for (LocalTime time : TIMES) {
                String both = TemporalText.format(date) + " " + expected(time);
                assertEquals(both, TemporalText.format(LocalDateTime.of(date, time)));
                if (date.getYear() > 0 && date.getYear() < 9999) {
                    OffsetDateTime east = LocalDateTime.of(date, time).atOffset(ZoneOffset.UTC)
                            .withOffsetSameInstant(ZoneOffset.ofHours(5));
                    assertEquals(both + "+00:00", TemporalText.format(east));
                }
            }
        }
    }

    @Test
    void yearsOutsideFourDigitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TemporalText.format(LocalDate.of(-1, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> TemporalText.format(LocalDate.of(10000, 1, 1)));
    }

    private static String expected(LocalTime time) {
        int nanos = time.getNano();
        String fraction = nanos % 1000 == 0 ? String.format("%06d", nanos / 1000) : String.format("%09d", nanos);
        return String.format("%02d:%02d:%02d.%s", time.getHour(), time.getMinute(), time.getSecond(), fraction);
    }
}
