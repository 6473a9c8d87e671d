namespace Site.Model;

/// <summary>The two spellings of a status: Skolverket's marker in exports, and the word in our tidy CSV
/// files.</summary>
public static class ValueStatusCodes
{
    public static string Marker(ValueStatus status) => status switch
    {
        ValueStatus.Suppressed => "..",
        ValueStatus.Missing => ".",
        ValueStatus.RoundedNear100 => "~100",
        ValueStatus.TeachersExcluded => "*",
        _ => "",
    };

    public static string TidyCode(ValueStatus status) => status switch
    {
        ValueStatus.Reported => "ok",
        ValueStatus.Suppressed => "suppressed",
        ValueStatus.Missing => "missing",
        ValueStatus.RoundedNear100 => "rounded_100",
        ValueStatus.TeachersExcluded => "teachers_excluded",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static ValueStatus? FromTidyCode(string code) => code switch
    {
        "ok" => ValueStatus.Reported,
        "suppressed" => ValueStatus.Suppressed,
        "missing" => ValueStatus.Missing,
        "rounded_100" => ValueStatus.RoundedNear100,
        "teachers_excluded" => ValueStatus.TeachersExcluded,
        _ => null,
    };

    /// <summary>The result markers; the teachers' <c>*</c> is read only by the staff readers, where it
    /// belongs.</summary>
    public static ValueStatus? FromMarker(string marker) => FromMarker(marker.AsSpan());

    /// <inheritdoc cref="FromMarker(string)"/>
    public static ValueStatus? FromMarker(ReadOnlySpan<char> marker) => marker switch
    {
        ".." => ValueStatus.Suppressed,
        "." => ValueStatus.Missing,
        "~100" => ValueStatus.RoundedNear100,
        _ => null,
    };
}
