namespace Broker.Samples.Quickstart;

/// <summary>The readable report the quickstart prints as it goes.</summary>
internal sealed class QuickstartReport(TextWriter output)
{
    public void Title(string text)
    {
        output.WriteLine();
        output.WriteLine(text);
    }

    public void Section(string broker) => output.WriteLine($"{Environment.NewLine}== {broker} ".PadRight(70, '='));

    public void Line(string text) => output.WriteLine("  " + text);
}
