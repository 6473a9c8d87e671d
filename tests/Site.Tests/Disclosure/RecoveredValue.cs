namespace Site.Tests.Disclosure;

/// <summary>A withheld value or pupil count (<see cref="Attacker.ValueOf"/>, <see cref="Attacker.PupilsOf"/>) that the
/// facts pin to <see cref="Value"/> ± <see cref="HalfWidth"/>.</summary>
public sealed record RecoveredValue(string What, double Value, double HalfWidth);
