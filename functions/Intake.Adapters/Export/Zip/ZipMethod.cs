namespace Intake.Adapters.Export.Zip;

/// <summary>How an entry's bytes are kept in the ZIP (the APPNOTE's compression method numbers).</summary>
public enum ZipMethod : ushort
{
    /// <summary>As they are: for content that is already compressed.</summary>
    Stored = 0,

    /// <summary>Raw Deflate.</summary>
    Deflate = 8,
}
