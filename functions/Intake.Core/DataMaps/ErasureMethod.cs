namespace Intake.Core.DataMaps;

/// <summary>How a source erases a person's rows.</summary>
public enum ErasureMethod
{
    /// <summary>The rows are deleted.</summary>
    DeleteRows,

    /// <summary>Named columns are set to null and the rest of the row stays (e.g. anonymised statistics).</summary>
    BlankColumns,
}
