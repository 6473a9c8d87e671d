using Microsoft.Win32.SafeHandles;
using Site.Compute.Analysis;
using Site.Load;

namespace Site.Render;

/// <summary>
/// The blocks of rows of the tables the last build into an output folder wrote (<see cref="BlockedRows"/>), and this
/// build's, kept in the cache folder for the next build into the same folder: a block whose cells are those of one of
/// the last build's blocks is copied from its files, not written again in both dialects. One changed cell changes the
/// four largest tables, 60 MB in both dialects nationally, by a few rows each; writing them was a quarter of the
/// build's processor time. The last build's blocks are used only for a table whose files the last build's stamps (see
/// <see cref="OutputStamps"/>) name with the hash and length they had when the blocks were written, so a table changed
/// or removed since, or a build that stopped before its site was swapped in, is written whole; and only by the
/// program that wrote them, which formats a row as it does. One instance belongs to one build.
/// </summary>
public sealed class TableBlocks
{
    private readonly KeptIndex kept;
    private readonly string output;
    private readonly OutputStamps stamps;
    private readonly DateTime stampsWritten;
    private readonly Dictionary<string, TableFiles> last = new(StringComparer.Ordinal);
    private readonly List<TableFiles> made = [];
    private int blocks;
    private int copied;

    private TableBlocks(string? folder, string output, OutputStamps stamps)
    {
        kept = new KeptIndex("tables", folder, output);
        this.output = output;
        this.stamps = stamps;
        stampsWritten = OutputStamps.Written(output);
    }

    /// <summary>How many blocks of rows this build wrote, and how many it copied from the last build's.</summary>
    public (int Blocks, int Copied) Counts => (blocks, copied);

    /// <summary>
    /// The blocks the last build into <paramref name="output"/> kept in <paramref name="folder"/> (none when it kept
    /// none this program can read), checked against that build's <paramref name="stamps"/>. A null folder keeps
    /// nothing: every table is written whole, and no blocks are kept.
    /// </summary>
    public static TableBlocks Read(string? folder, string output, OutputStamps stamps)
    {
        var blocks = new TableBlocks(folder, output, stamps);
        // None, or damaged: every table is written whole.
        blocks.kept.ReadList(blocks.last, TableFiles.Read, table => table.PlainPath);
        return blocks;
    }

    /// <summary>
    /// The last build's blocks of the table written to these paths under these columns, with its two files in the
    /// output folder opened for reading, when they are still the files it wrote; else null.
    /// </summary>
    public LastTable? Last(string plainPath, string excelPath, Hash128 columns)
    {
        if (!last.TryGetValue(plainPath, out var table)
            || table.ExcelPath != excelPath
            || table.Columns != columns
            || !Stamped(plainPath, table.PlainHash, table.PlainLength)
            || !Stamped(excelPath, table.ExcelHash, table.ExcelLength))
        {
            return null;
        }

        SafeFileHandle? plain = null;
        try
        {
            plain = File.OpenHandle(Path.Combine(output, plainPath));
            var excel = File.OpenHandle(Path.Combine(output, excelPath));
            return new LastTable(table.Blocks, plain, excel);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Gone or unreadable: written whole.
        }

        plain?.Dispose();
        return null;
    }

    /// <summary>A table this build wrote, with how many of its blocks were copied from the last build's.</summary>
    public void Add(TableFiles table, int copiedBlocks)
    {
        lock (made)
        {
            made.Add(table);
            blocks += table.Blocks.Count;
            copied += copiedBlocks;
        }
    }

    /// <summary>Keeps this build's blocks for the next build into the output folder, whole or not at all.</summary>
    public void Keep()
    {
        lock (made)
        {
            kept.WriteList(made, (writer, table) => table.Write(writer));
        }
    }

    // Whether the file in the output folder is the one the blocks were written in: its stamp is the one they were
    // kept with, and the file is as stamped, as the write stage keeps a file (one edited by hand is read and hashed).
    private bool Stamped(string path, Hash128 hash, long length) =>
        stamps.Previous(path) is { } stamp
        && stamp.Length == length
        && stamp.Content == hash
        && OutputStamps.AsStamped(new FileInfo(Path.Combine(output, path)), stamp, stampsWritten);
}
