using CsvHelper.Configuration;

namespace Site.Load;

/// <summary>The tidy results format that <c>import</c> writes: one row per school, school year and measure.</summary>
public sealed class TidyResultMap : ClassMap<TidyResultRecord>
{
    public const string Header = "school_code,school_year,measure,status,value";

    public TidyResultMap()
    {
        Map(r => r.SchoolCode).Name("school_code");
        Map(r => r.SchoolYear).Name("school_year");
        Map(r => r.Measure).Name("measure");
        Map(r => r.Status).Name("status");
        Map(r => r.Value).Name("value");
    }
}
