//! Unix times as RFC 3339 text in UTC, without a date library: the creation time `explain` and `ids inspect` show.

use core::fmt;

/// A Unix time that displays as RFC 3339 in UTC with milliseconds, `2023-06-30T12:34:56.789Z`, without a date
/// library. [`Explanation`](super::Explanation)'s `Display` uses it for the creation time; tools such as `ids inspect` reuse it.
///
/// ```
/// use id_runtime::Rfc3339;
/// let time = Rfc3339 { seconds: 1_688_128_496, millis: 789 };
/// assert_eq!(time.to_string(), "2023-06-30T12:34:56.789Z");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rfc3339 {
    /// Whole seconds since the Unix epoch, 1970-01-01T00:00:00Z.
    pub seconds: u64,
    /// Milliseconds past `seconds`, 0–999 (larger values are printed as they are).
    pub millis: u32,
}

impl fmt::Display for Rfc3339 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.seconds / 86_400;
        let rest = self.seconds % 86_400;
        let (year, month, day) = civil_from_days(days);
        write!(
            f,
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
            rest / 3600,
            rest % 3600 / 60,
            rest % 60,
            self.millis
        )
    }
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_unix_times_as_rfc3339() {
        assert_eq!(
            Rfc3339 {
                seconds: 0,
                millis: 0
            }
            .to_string(),
            "1970-01-01T00:00:00.000Z"
        );
        assert_eq!(
            Rfc3339 {
                seconds: 951_782_400,
                millis: 5
            }
            .to_string(),
            "2000-02-29T00:00:00.005Z"
        );
        assert_eq!(
            Rfc3339 {
                seconds: 1_688_128_496,
                millis: 789
            }
            .to_string(),
            "2023-06-30T12:34:56.789Z"
        );
        assert_eq!(
            Rfc3339 {
                seconds: 4_102_444_800,
                millis: 0
            }
            .to_string(),
            "2100-01-01T00:00:00.000Z"
        );
    }
}
