namespace Intake.Web.Forms;

/// <summary>What became of reading a form body.</summary>
public enum FormBodyStatus
{
    Read,

    /// <summary>Over the cap: 413.</summary>
    TooLarge,

    /// <summary>Not a form, or a broken one: 400.</summary>
    Malformed,
}
