namespace Axon;

/// <summary>Where a component stands with its scheduler (Axon's three-state sleep model, plus "not there").</summary>
internal enum SchedulingState : byte
{
    Unregistered,
    Active,
    GoingToSleep,
    Sleeping,
}
