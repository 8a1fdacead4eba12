namespace Kamaelia.Hosting.Tests.Components;

/// <summary>How a greeting is worded: a service the container gives <see cref="GreetingSystem"/>.</summary>
public interface IGreetingFormat
{
    string Greet(string name);
}
