namespace Broker.Dhan.Statements;

/// <summary>Ledger and trade history.</summary>
public interface IDhanStatementsClient
{
    /// <summary>Ledger entries between two dates, both inclusive (<c>GET /ledger?from-date=&amp;to-date=</c>).</summary>
    /// <param name="fromDate">The first date.</param>
    /// <param name="toDate">The last date (not before <paramref name="fromDate"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<DhanLedgerEntry>> GetLedgerAsync(DateOnly fromDate, DateOnly toDate, CancellationToken cancellationToken = default);

    /// <summary>One page of trade history (<c>GET /trades/{from-date}/{to-date}/{page}</c>, pages from 0).</summary>
    /// <param name="fromDate">The first date.</param>
    /// <param name="toDate">The last date (not before <paramref name="fromDate"/>).</param>
    /// <param name="page">The page number, from 0.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page's trades; empty past the last page.</returns>
    Task<IReadOnlyList<DhanTradeHistoryEntry>> GetTradeHistoryPageAsync(DateOnly fromDate, DateOnly toDate, int page = 0, CancellationToken cancellationToken = default);

    /// <summary>Every trade between two dates, reading page after page until Dhan returns an empty page.</summary>
    /// <param name="fromDate">The first date.</param>
    /// <param name="toDate">The last date.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The trades, in Dhan's order.</returns>
    IAsyncEnumerable<DhanTradeHistoryEntry> GetTradeHistoryAsync(DateOnly fromDate, DateOnly toDate, CancellationToken cancellationToken = default);
}
