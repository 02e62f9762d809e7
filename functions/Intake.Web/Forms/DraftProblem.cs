namespace Intake.Web.Forms;

/// <summary>What is wrong with one field.</summary>
public enum DraftProblem
{
    /// <summary>Required and empty.</summary>
    Missing,

    /// <summary>Present but unusable (an address that is not one, an unknown name).</summary>
    Invalid,

    /// <summary>Longer than the field allows.</summary>
    TooLong,

    /// <summary>A file of a type we do not take.</summary>
    WrongFileType,

    /// <summary>A file larger than allowed.</summary>
    FileTooLarge,

    /// <summary>The spam trap was filled in.</summary>
    TrapFilled,
}
