namespace Intake.Core.DataControllers;

/// <summary>The configured key of a controller, e.g. <c>clerica</c> or <c>clewer</c>.</summary>
public readonly record struct ControllerId(string Value)
{
    public override string ToString() => Value;
}
