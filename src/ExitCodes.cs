namespace Site;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int DataErrors = 1;
    public const int UsageErrors = 2;
}
