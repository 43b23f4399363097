using System.Globalization;
using System.Runtime.CompilerServices;
using Broker.Dhan.Sending;
using Broker.Dhan.Validation;
using Broker.Dhan.Serialization;

using Broker.Http;

namespace Broker.Dhan.Statements;

/// <inheritdoc />
internal sealed class DhanStatementsClient : IDhanStatementsClient
{
    /// <summary>A guard against a server that never returns an empty page.</summary>
    private const int MaxPages = 10_000;

    private readonly DhanSender _sender;

    public DhanStatementsClient(DhanSender sender)
    {
        _sender = sender;
    }

    public async Task<IReadOnlyList<DhanLedgerEntry>> GetLedgerAsync(DateOnly fromDate, DateOnly toDate, CancellationToken cancellationToken = default)
    {
        DhanValidation.DateRange(fromDate, toDate, "FromDate", "ToDate", toIsExclusive: false);
        var message = _sender.Request(HttpMethod.Get, "ledger", new BrokerQuery().Add("from-date", Date(fromDate)).Add("to-date", Date(toDate)));
        return await _sender.SendAsync(message, DhanEndpoints.Ledger, DhanJsonContext.Default.ListDhanLedgerEntry, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DhanTradeHistoryEntry>> GetTradeHistoryPageAsync(DateOnly fromDate, DateOnly toDate, int page = 0, CancellationToken cancellationToken = default)
    {
        DhanValidation.DateRange(fromDate, toDate, "FromDate", "ToDate", toIsExclusive: false);
        DhanValidation.Require(page >= 0, "Page", $"must be 0 or more; it is {page}.");
        var message = _sender.Request(HttpMethod.Get, $"trades/{Date(fromDate)}/{Date(toDate)}/{page.ToString(CultureInfo.InvariantCulture)}");
        return await _sender.SendAsync(message, DhanEndpoints.TradeHistory, DhanJsonContext.Default.ListDhanTradeHistoryEntry, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<DhanTradeHistoryEntry> GetTradeHistoryAsync(DateOnly fromDate, DateOnly toDate, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        DhanValidation.DateRange(fromDate, toDate, "FromDate", "ToDate", toIsExclusive: false);
        for (var page = 0; page < MaxPages; page++)
        {
            var trades = await GetTradeHistoryPageAsync(fromDate, toDate, page, cancellationToken).ConfigureAwait(false);
            if (trades.Count == 0)
            {
                yield break;
            }

            foreach (var trade in trades)
            {
                yield return trade;
            }
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
