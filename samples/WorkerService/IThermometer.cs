namespace WorkerServiceSample;

/// <summary>Where temperatures come from: a service the container gives the graph.</summary>
public interface IThermometer
{
    double ReadCelsius();
}
