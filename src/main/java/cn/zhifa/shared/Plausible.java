package cn.zhifa.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;

/**
 * A date, date-time or year a case can really have: between the years {@code min} and {@code max} (default
 * 1900–2199). Keeps years like −999999999 away from the calendar and the database. Null is valid (use
 * {@code @NotNull} to require a value).
 */
@Documented
@Constraint(validatedBy = {Plausible.TemporalValidator.class, Plausible.YearValidator.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
    ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Plausible {

    int MIN_YEAR = 1900;
    int MAX_YEAR = 2199;

    String message() default "{cn.zhifa.shared.Plausible.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int min() default MIN_YEAR;

    int max() default MAX_YEAR;

    /** Dates and date-times. */
    class TemporalValidator implements ConstraintValidator<Plausible, Temporal> {
        private int min;
        private int max;

        @Override
        public void initialize(Plausible a) {
            min = a.min();
            max = a.max();
        }

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            int year;
            if (value == null) {
                return true;
            } else if (value instanceof LocalDate d) {
                year = d.getYear();
            } else if (value instanceof LocalDateTime t) {
                year = t.getYear();
            } else {
                return true;
            }
            return year >= min && year <= max;
        }
    }

    /** A year as a number. */
    class YearValidator implements ConstraintValidator<Plausible, Integer> {
        private int min;
        private int max;

        @Override
        public void initialize(Plausible a) {
            min = a.min();
            max = a.max();
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || (value >= min && value <= max);
        }
    }
}
