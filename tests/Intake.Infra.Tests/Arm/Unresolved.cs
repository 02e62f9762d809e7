namespace Intake.Infra.Tests.Arm;

/// <summary>
/// A value Azure Resource Manager knows only while it deploys: a <c>reference()</c> to a
/// resource's runtime state, an identity's principal id, a host name Azure assigns. The evaluator
/// keeps a readable text of what the value is made from, so a test can still check what it
/// points at (for example that a setting is built from a given Key Vault secret's URI).
/// </summary>
public sealed record Unresolved(string Text)
{
    public override string ToString() => $"«{Text}»";
}
